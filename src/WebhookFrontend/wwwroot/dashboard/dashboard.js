// The officials' live page: one server-sent event stream of snapshots (the server pushes; the page never polls),
// catalog names in English and Telugu, bars drawn as inline SVG.
"use strict";

const TEXT = {
  en: {
    title: "Live service delivery", connecting: "Connecting…", live: "Live · updated", offline: "Reconnecting…",
    lastHour: "Last hour", perMinute: "Messages per minute", in: "In", out: "Out", services: "Services",
    service: "Service", requests: "Requests", completed: "Completed", declined: "Declined", median: "Median",
    p95: "95th pct", messagesIn: "Messages in", messagesOut: "Messages out", awaiting: "Awaiting payment", submitted: "Applications submitted",
    none: "No service requests in the last hour.", other: "తెలుగు",
    payments: "Payments", department: "Department", created: "Created", captured: "Captured", failed: "Failed",
    expired: "Expired", amountCaptured: "Amount captured", reconciled: "Reconciled (longest lag)",
    noPayments: "No payments in the last hour.",
    unmatchedTitle: "Searches that found nothing",
    unmatchedHint: "Words the catalog may lack: add them to a service's keywords or to the synonyms in search.json. Numbers show as #.",
    unmatchedShare: "{0} of {1} typed searches found nothing.", words: "Words", times: "Times", lastSeen: "Last seen",
    otherWords: "Other words", noUnmatched: "Every search found something in the last hour.",
  },
  te: {
    title: "ప్రత్యక్ష సేవల పంపిణీ", connecting: "అనుసంధానం అవుతోంది…", live: "ప్రత్యక్షం · నవీకరణ", offline: "మళ్ళీ అనుసంధానం…",
    lastHour: "గత గంట", perMinute: "నిమిషానికి సందేశాలు", in: "వచ్చినవి", out: "పంపినవి", services: "సేవలు",
    service: "సేవ", requests: "అభ్యర్థనలు", completed: "పూర్తయినవి", declined: "తిరస్కరించినవి", median: "మధ్యస్థం",
    p95: "95వ శాతం", messagesIn: "వచ్చిన సందేశాలు", messagesOut: "పంపిన సందేశాలు", awaiting: "చెల్లింపు కోసం", submitted: "సమర్పించిన దరఖాస్తులు",
    none: "గత గంటలో సేవా అభ్యర్థనలు లేవు.", other: "English",
    payments: "చెల్లింపులు", department: "శాఖ", created: "ప్రారంభించినవి", captured: "చెల్లించినవి", failed: "విఫలమైనవి",
    expired: "గడువు ముగిసినవి", amountCaptured: "వసూలైన మొత్తం", reconciled: "సరిచూసినవి (గరిష్ఠ ఆలస్యం)",
    noPayments: "గత గంటలో చెల్లింపులు లేవు.",
    unmatchedTitle: "ఏమీ దొరకని శోధనలు",
    unmatchedHint: "కేటలాగ్‌లో లేని పదాలు కావచ్చు: వాటిని సేవ keywords లో గానీ search.json లోని పర్యాయపదాలలో గానీ చేర్చండి. అంకెలు # గా కనిపిస్తాయి.",
    unmatchedShare: "టైప్ చేసిన {1} శోధనల్లో {0} కి ఏమీ దొరకలేదు.", words: "పదాలు", times: "సార్లు", lastSeen: "చివరిసారి",
    otherWords: "ఇతర పదాలు", noUnmatched: "గత గంటలో ప్రతి శోధనకూ ఫలితం దొరికింది.",
  },
};

let language = localStorage.getItem("dashboard-language") === "te" ? "te" : "en";
let names = new Map();
let latest = null;

const $ = (id) => document.getElementById(id);
const t = (key) => TEXT[language][key];
const format = (key, ...values) => t(key).replace(/\{(\d)\}/g, (_, i) => values[i]);
const time = (at) => new Date(at).toLocaleTimeString(language === "te" ? "te-IN" : "en-IN");
const number = (n) => n.toLocaleString(language === "te" ? "te-IN" : "en-IN");
const duration = (ms) => ms == null ? "–" : ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
// Reconciliation runs minutes after a payment, so its lag reads in minutes.
const lag = (ms) => ms == null || ms < 60_000 ? duration(ms) : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
const rupees = (amount) => `₹${amount.toLocaleString(language === "te" ? "te-IN" : "en-IN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const svg = (tag, attributes) => {
  const element = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
};

async function loadNames() {
  const response = await fetch("/api/catalog");
  if (!response.ok) return;
  const catalog = await response.json();
  for (const department of catalog.departments) {
    names.set(department.id, department.name);
    for (const service of department.services) names.set(`${department.id}/${service.id}`, service.name);
  }
}

const nameOf = (key, fallback) => names.get(key)?.[language] ?? fallback;

function applyLanguage() {
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll("[data-text]")) element.textContent = t(element.dataset.text);
  $("language").textContent = t("other");
  if (latest) render(latest);
}

function render(snapshot) {
  latest = snapshot;
  $("status").textContent = `${t("live")} ${time(snapshot.at)}`;
  $("status").className = "";

  const sum = (rows, key) => rows.reduce((total, row) => total + row[key], 0);
  const totals = [
    ["requests", sum(snapshot.services, "requests")], ["completed", sum(snapshot.services, "completed")],
    ["declined", sum(snapshot.services, "declined")], ["awaiting", sum(snapshot.services, "awaitingPayment")],
    ["submitted", sum(snapshot.services, "submitted")],
    ["messagesIn", sum(snapshot.minutes, "messagesIn")], ["messagesOut", sum(snapshot.minutes, "messagesOut")],
  ];
  $("totals").replaceChildren(...totals.map(([key, value]) => {
    const item = document.createElement("div");
    const term = document.createElement("dt");
    const detail = document.createElement("dd");
    term.textContent = t(key);
    detail.textContent = number(value);
    item.append(term, detail);
    return item;
  }));

  const chart = $("minutes");
  const peak = Math.max(1, ...snapshot.minutes.map((m) => Math.max(m.messagesIn, m.messagesOut)));
  const width = 600 / snapshot.minutes.length;
  chart.replaceChildren(...snapshot.minutes.flatMap((minute, i) => [minute.messagesIn, minute.messagesOut].map((value, j) => {
    const height = (value / peak) * 116;
    const bar = svg("rect", { x: i * width + j * width / 2, y: 120 - height, width: width / 2 - 0.5, height, class: j === 0 ? "in" : "out" });
    const title = svg("title", {});
    title.textContent = `${new Date(minute.start).toLocaleTimeString()} · ${t(j === 0 ? "in" : "out")} ${value}`;
    bar.append(title);
    return bar;
  })));

  const busiest = Math.max(1, ...snapshot.services.map((s) => s.requests));
  const rows = snapshot.services.map((service) => {
    const row = document.createElement("tr");
    const label = document.createElement("td");
    label.textContent = nameOf(`${service.department}/${service.service}`, service.service);
    const department = document.createElement("small");
    department.textContent = nameOf(service.department, service.department);
    const bar = svg("svg", { viewBox: "0 0 100 4", preserveAspectRatio: "none", "aria-hidden": "true" });
    bar.append(svg("rect", { x: 0, y: 0, height: 4, width: (service.requests / busiest) * 100, class: "in" }));
    label.append(department, bar);
    const cells = [number(service.requests), number(service.completed), number(service.declined), duration(service.medianMs), duration(service.p95Ms)]
      .map((value) => {
        const cell = document.createElement("td");
        cell.textContent = value;
        return cell;
      });
    row.append(label, ...cells);
    return row;
  });
  if (rows.length === 0) {
    const row = document.createElement("tr");
    const cell = document.createElement("td");
    cell.colSpan = 6;
    cell.textContent = t("none");
    row.append(cell);
    rows.push(row);
  }
  $("services").replaceChildren(...rows);
  // A dashboard grain still on the previous version (a rolling upgrade) sends no payments.
  renderPayments(snapshot.payments ?? []);
  renderUnmatched(snapshot.searches ?? { typed: 0, foundNothing: 0, unmatched: [] });
}

// One row per department: attempts opened at the gateway, how they ended, the money taken, and how many the
// reconciliation lookup settled (callbacks lost or late) with the worst lag among them.
function renderPayments(payments) {
  const rows = payments.map((payment) => {
    const row = document.createElement("tr");
    const values = [
      nameOf(payment.department, payment.department), number(payment.created), number(payment.captured),
      number(payment.failed), number(payment.expired), rupees(payment.amountCaptured),
      payment.reconciled === 0 ? "0" : `${number(payment.reconciled)} (${lag(payment.maxReconciliationLagMs)})`,
    ];
    row.append(...values.map((value) => {
      const cell = document.createElement("td");
      cell.textContent = value;
      return cell;
    }));
    return row;
  });
  if (rows.length === 0) {
    const row = document.createElement("tr");
    const cell = document.createElement("td");
    cell.colSpan = 7;
    cell.textContent = t("noPayments");
    row.append(cell);
    rows.push(row);
  }
  $("payments").replaceChildren(...rows);
}

// For catalog editors: the masked words of typed searches that found no service, most often typed first; those past
// the grain's rows count together as "other words", so the counts add up to the share above.
function renderUnmatched(searches) {
  $("unmatched-share").textContent = format("unmatchedShare", number(searches.foundNothing), number(searches.typed));
  const rows = searches.unmatched.map((search) => [search.words, number(search.count), time(search.lastSeen)]);
  const other = searches.foundNothing - searches.unmatched.reduce((total, search) => total + search.count, 0);
  if (other > 0) rows.push([t("otherWords"), number(other), "–"]);
  const cells = (values) => {
    const row = document.createElement("tr");
    row.append(...values.map((value) => {
      const cell = document.createElement("td");
      cell.textContent = value;
      return cell;
    }));
    return row;
  };
  if (rows.length === 0) {
    const row = cells([t("noUnmatched")]);
    row.firstChild.colSpan = 3;
    $("unmatched").replaceChildren(row);
    return;
  }
  $("unmatched").replaceChildren(...rows.map(cells));
}

function connect() {
  // EventSource reconnects by itself after a dropped stream (a frontend restarting); the page only says so.
  const events = new EventSource("/dashboard/events");
  events.addEventListener("snapshot", (event) => render(JSON.parse(event.data)));
  events.onerror = () => {
    $("status").textContent = t("offline");
    $("status").className = "offline";
  };
}

$("language").addEventListener("click", () => {
  language = language === "en" ? "te" : "en";
  localStorage.setItem("dashboard-language", language);
  applyLanguage();
});

applyLanguage();
loadNames().then(() => latest && render(latest)).finally(connect);
