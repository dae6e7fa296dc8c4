// The attach (paper clip) button: what WhatsApp's attach menu sends that typing cannot — a photo, a voice recording
// or a PDF (with the typed text as its caption), or a shared location. Locations are landmarks inside the sandbox's
// jurisdictions, so a complaint reaches a real sandbox ward office; "Where I am" shares the browser's own position,
// which routes only when it is in one of them.
import { openSheet } from "./sheet.js";

const LANDMARKS = [
  ["Vijayawada railway station", 16.5178, 80.6197],
  ["Benz Circle, Vijayawada", 16.4997, 80.656],
  ["Guntur railway station", 16.2988, 80.4426],
  ["RK Beach, Visakhapatnam", 17.7145, 83.3237],
  ["Tirupati central bus stand", 13.6283, 79.4273],
];

const picker = document.createElement("input");
picker.type = "file";
// What WhatsApp's attach menu sends as a photo, a voice note or a PDF; /sandbox/media refuses types WhatsApp does not take.
picker.accept = "image/jpeg,image/png,audio/aac,audio/amr,audio/mpeg,audio/mp4,audio/ogg,application/pdf";
picker.hidden = true;
document.body.append(picker);

/** Opens the attach menu; say(message, shown) sends what the citizen picks, shown as its bubble text. */
export function openAttach({ caption, say, failed }) {
  const rows = [{ id: "photo", title: "📷 Photo or file", description: "A picture (JPEG or PNG), a voice recording or a PDF" }];
  if (navigator.geolocation) rows.push({ id: "here", title: "📍 Where I am", description: "This browser's location" });
  const sheet = {
    action: {
      button: "Attach",
      sections: [
        { title: "Send", rows },
        { title: "Share a location", rows: LANDMARKS.map(([name], i) => ({ id: `landmark:${i}`, title: `📍 ${name}` })) },
      ],
    },
  };
  openSheet(sheet, id => {
    if (id === "photo") pickPhoto(caption(), say, failed);
    else if (id === "here") shareHere(say, failed);
    else {
      const [name, latitude, longitude] = LANDMARKS[Number(id.split(":")[1])];
      say({ latitude, longitude }, `📍 ${name}`);
    }
  });
}

function pickPhoto(caption, say, failed) {
  picker.value = "";
  picker.onchange = async () => {
    const file = picker.files?.[0];
    if (!file) return;
    try {
      const response = await fetch("sandbox/media", { method: "POST", headers: { "Content-Type": file.type }, body: file });
      if (!response.ok) throw new Error(`upload failed: HTTP ${response.status}`);
      const { id } = await response.json();
      say({ mediaId: id, text: caption || undefined }, `${bubble(file)}${caption ? ` ${caption}` : ""}`);
    } catch {
      failed();
    }
  };
  picker.click();
}

// How the citizen's own bubble shows what they sent, as WhatsApp labels it.
function bubble(file) {
  if (file.type.startsWith("image/")) return "📷 Photo";
  if (file.type.startsWith("audio/")) return "🎤 Voice note";
  return `📄 ${file.name}`;
}

function shareHere(say, failed) {
  navigator.geolocation.getCurrentPosition(
    position => say({ latitude: position.coords.latitude, longitude: position.coords.longitude }, "📍 Where I am"),
    failed,
    { timeout: 10000 });
}
