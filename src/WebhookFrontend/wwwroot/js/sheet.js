// The bottom sheet a list message opens: its sections and rows; tapping a row picks it and closes the sheet.

const backdrop = document.getElementById("sheet");
const title = document.getElementById("sheet-title");
const body = document.getElementById("sheet-body");
let returnFocus = null;

document.getElementById("sheet-close").addEventListener("click", closeSheet);
backdrop.addEventListener("click", event => { if (event.target === backdrop) closeSheet(); });
document.addEventListener("keydown", event => { if (event.key === "Escape" && !backdrop.hidden) closeSheet(); });

/** Opens the list; onPick(rowId, rowTitle) is called once for the row the citizen taps. */
export function openSheet(list, onPick) {
  title.textContent = list.action?.button ?? "";
  body.replaceChildren();
  for (const section of list.action?.sections ?? []) {
    if (section.title) {
      const heading = document.createElement("h3");
      heading.textContent = section.title;
      body.append(heading);
    }
    for (const row of section.rows ?? []) body.append(rowButton(row, onPick));
  }

  returnFocus = document.activeElement;
  backdrop.hidden = false;
  body.querySelector(".row")?.focus();
}

export function closeSheet() {
  backdrop.hidden = true;
  returnFocus?.focus?.();
}

function rowButton(row, onPick) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "row";
  button.dataset.rowId = row.id;
  const text = document.createElement("span");
  text.className = "text";
  text.append(span("title", row.title));
  if (row.description) text.append(span("description", row.description));
  button.append(text, span("radio", ""));
  button.addEventListener("click", () => {
    closeSheet();
    onPick(row.id, row.title);
  });
  return button;
}

function span(className, content) {
  const node = document.createElement("span");
  node.className = className;
  node.textContent = content;
  return node;
}
