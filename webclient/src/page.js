// Helpers the page scripts share: texts from the page (the server renders them from its bundles,
// so every language the server speaks reaches the client) and small DOM builders that only ever
// set text, never markup.

/** The text `key` from the page's hidden text list, with {0}, {1}… replaced. */
export function text(key, ...args) {
  const item = document.querySelector(`#texts [data-key="${key}"]`);
  const template = item ? item.textContent : key;
  return template.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** Whether the page carries the text `key`. */
export function hasText(key) {
  return document.querySelector(`#texts [data-key="${key}"]`) !== null;
}

/** An element with attributes and children (strings become text nodes). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) {
      continue;
    }
    if (name === 'class') {
      node.className = value;
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
  }
  return node;
}

/** Shows `message` in the element with id `id` (an alert or status region), or hides it. */
export function say(id, message) {
  const node = document.getElementById(id);
  if (!node) {
    return;
  }
  node.textContent = message || '';
  node.hidden = !message;
}

/** A readable message for a failure: the server's problem detail or the content format's words. */
export function failure(e) {
  if (e && e.name === 'ApiError') {
    if (e.status === 429) {
      return text('error.tooMany');
    }
    if (e.status >= 500) {
      return text('error.server');
    }
    // The server explains problems in English: a reader of another language gets the page's own
    // words for the kind of problem instead.
    if (document.documentElement.lang === 'en' && e.message) {
      return e.message;
    }
    return hasText(`problem.${e.slug}`) ? text(`problem.${e.slug}`) : text('error.generic');
  }
  if (e && e.name === 'ContentFormatError') {
    return document.documentElement.lang === 'en' ? e.message : text('error.generic');
  }
  if (e && e.name === 'TypeError') {
    return text('error.offline');
  }
  return text('error.generic');
}

/**
 * A Delete button that asks once more ("Delete? Click again") before it withdraws a message of
 * this member's with `withdraw`; says so in the chat status, or the failure in `errorId`.
 */
export function deleteButton(withdraw, errorId, onDone = () => {}) {
  const remove = el('button', { type: 'button', class: 'secondary' }, text('chat.delete'));
  remove.addEventListener('click', async () => {
    if (!remove.dataset.confirm) {
      remove.dataset.confirm = 'yes';
      remove.textContent = text('chat.deleteConfirm');
      return;
    }
    remove.disabled = true;
    try {
      await withdraw();
      say('chat-status', text('chat.deleted'));
      onDone();
    } catch (e) {
      remove.disabled = false;
      say(errorId, failure(e));
    }
  });
  return remove;
}
