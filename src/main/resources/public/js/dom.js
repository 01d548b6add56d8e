/** Small DOM helpers: elements are always built with textContent, never from HTML strings (document text is data). */
(function (tiegraph) {
  'use strict';

  /** The element of the page with this id. */
  const $ = id => document.getElementById(id);

  function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes)) {
      if (value === undefined || value === null || value === false) {
        continue;
      }
      if (key === 'className') {
        element.className = value;
      } else if (key === 'dataset') {
        Object.assign(element.dataset, value);
      } else if (key.startsWith('on') && typeof value === 'function') {
        element.addEventListener(key.slice(2).toLowerCase(), value);
      } else {
        element.setAttribute(key, value === true ? '' : String(value));
      }
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) {
        continue;
      }
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
  }

  /** A link only for http(s) URLs; anything else (javascript:, data:, broken OCR) is shown as plain text. */
  function safeLink(url, text, className) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
        return el('a', { href: parsed.toString(), target: '_blank', rel: 'noopener noreferrer', className }, text || url);
      }
    } catch (ignored) {
      // not a URL at all: fall through to text
    }
    return el('span', { className }, text || url || '');
  }

  function download(blob, fileName) {
    const url = URL.createObjectURL(blob);
    const link = el('a', { href: url, download: fileName });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  Object.assign(tiegraph, { $, el, safeLink, download });
})(window.tiegraph = window.tiegraph || {});
