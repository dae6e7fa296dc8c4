// Draws chat bubbles. Bot bubbles are drawn straight from the Cloud API body, so what you see is what Meta would
// have been asked to show (see WhatsAppRenderer.cs for the shapes).
import { escapeHtml, formatWhatsApp } from "./format.js";

const TICKS = { pending: "🕓", sent: "✓", read: "✓✓", failed: "!" };
const TICK_LABELS = { pending: "sending", sent: "sent", read: "read", failed: "not sent" };

/** True for a mark-as-read body: it is a receipt for the citizen's bubbles, not a message of its own. */
export function isReadReceipt(body) {
  return body?.status === "read";
}

export function citizenBubble(entry) {
  const bubble = element("div", "bubble");
  bubble.innerHTML = formatWhatsApp(entry.text);
  bubble.append(meta(entry.at, entry.state));
  return wrap("me", bubble);
}

export function setTicks(messageElement, state) {
  paintTicks(messageElement.querySelector(".ticks"), state);
}

function paintTicks(ticks, state) {
  ticks.className = `ticks ${state}`;
  ticks.textContent = TICKS[state];
  ticks.title = TICK_LABELS[state];
  ticks.setAttribute("aria-label", TICK_LABELS[state]);
}

/** A bot bubble; handlers.button(id, title) for a reply button, handlers.list(interactive) to open a list. */
export function botBubble(body, at, handlers) {
  const bubble = element("div", "bubble");
  const message = wrap("bot", bubble);
  switch (body.type) {
    case "text":
      bubble.innerHTML = formatWhatsApp(body.text?.body);
      break;
    case "interactive":
      interactive(body.interactive, bubble, message, handlers);
      break;
    case "document":
      documentCard(body.document, bubble);
      break;
    default:
      // A type the simulator does not draw yet is shown raw rather than hidden, so nothing the bot sends is lost.
      bubble.append(element("pre", "raw", JSON.stringify(body, null, 2)));
  }

  bubble.append(meta(at));
  return message;
}

function interactive(content, bubble, message, handlers) {
  const header = content.header?.text;
  const parts = [
    header ? `<div class="header">${formatWhatsApp(header)}</div>` : "",
    `<div class="body">${formatWhatsApp(content.body?.text)}</div>`,
    content.footer?.text ? `<div class="footer">${escapeHtml(content.footer.text)}</div>` : "",
  ];
  bubble.innerHTML = parts.join("");

  if (content.type === "button") {
    const actions = element("div", "actions buttons");
    for (const { reply } of content.action?.buttons ?? []) {
      const button = element("button", "reply", reply.title);
      button.type = "button";
      button.addEventListener("click", () => handlers.button(reply.id, reply.title));
      actions.append(button);
    }
    message.append(actions);
  } else if (content.type === "list") {
    const actions = element("div", "actions");
    const open = element("button", "list-open");
    open.type = "button";
    // The icon is hidden from assistive tech so the button is named by its label alone, as WhatsApp's is.
    const icon = element("span", "icon", "☰");
    icon.setAttribute("aria-hidden", "true");
    open.append(icon, content.action?.button ?? "Choose");
    open.addEventListener("click", () => handlers.list(content));
    actions.append(open);
    message.append(actions);
  } else if (content.type === "cta_url") {
    // A call-to-action button opens its page (the payment page) as WhatsApp does, in a new tab.
    const actions = element("div", "actions buttons");
    const link = element("a", "reply", content.action?.parameters?.display_text ?? "");
    link.href = content.action?.parameters?.url ?? "#";
    link.target = "_blank";
    link.rel = "noopener";
    actions.append(link);
    message.append(actions);
  } else if (content.type === "order_details") {
    // WhatsApp's own bill: its items and total, and "Review and pay", which in the sandbox opens the sandbox
    // gateway's page for the same payment (WhatsApp's in-app checkout cannot be drawn here).
    const parameters = content.action?.parameters ?? {};
    const bill = element("div", "order");
    for (const item of parameters.order?.items ?? []) {
      bill.append(element("div", "item", `${item.quantity} × ${item.name}  ${rupees(item.amount)}`));
    }
    bill.append(element("div", "total", `Total ${rupees(parameters.total_amount)}`));
    bubble.append(bill);
    const actions = element("div", "actions buttons");
    const link = element("a", "reply", "Review and pay");
    link.href = `/sandbox/review-and-pay/${encodeURIComponent(parameters.reference_id ?? "")}`;
    link.target = "_blank";
    link.rel = "noopener";
    actions.append(link);
    message.append(actions);
  }
}

/** An order_details amount ({value, offset}) as the bot writes rupees: Indian grouping, paise only when there are any. */
function rupees(amount) {
  const value = (amount?.value ?? 0) / (amount?.offset || 100);
  const paise = Number.isInteger(value) ? 0 : 2;
  return `₹${value.toLocaleString("en-IN", { minimumFractionDigits: paise, maximumFractionDigits: 2 })}`;
}

function documentCard(doc, bubble) {
  const link = element("a", "document");
  link.href = doc.link;
  link.target = "_blank";
  link.rel = "noopener";
  const name = doc.filename || "document";
  const extension = name.includes(".") ? name.split(".").pop().toUpperCase().slice(0, 4) : "FILE";
  const text = element("span");
  text.append(element("span", "name", name), element("div", "kind", `${extension} · tap to open`));
  link.append(element("span", "icon", extension), text);
  bubble.append(link);
  if (doc.caption) {
    const caption = element("div", "caption");
    caption.innerHTML = formatWhatsApp(doc.caption);
    bubble.append(caption);
  }
}

function meta(at, state) {
  const span = element("span", "meta", clock(at));
  if (state) {
    const ticks = element("span", "ticks");
    paintTicks(ticks, state);
    span.append(ticks);
  }
  return span;
}

function clock(at) {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? "" : date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

function wrap(side, bubble) {
  const message = element("div", `msg ${side}`);
  message.append(bubble);
  return message;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
