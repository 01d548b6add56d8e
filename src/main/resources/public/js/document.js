/**
 * The document view (documents/{id}#{sentence id}): the document's metadata, the sentence highlighted among its
 * neighbours with their sections and pages, the facts drawn from that passage, and the document's footnotes. All
 * document text is set as text, never as HTML: documents are untrusted input.
 */
(function (tiegraph) {
  'use strict';

  const { $, api, ApiError, el, safeLink } = tiegraph;
  const WINDOW = 4;
  const METADATA = ['author', 'date', 'venue', 'kind', 'format', 'loadedAt'];

  const state = { documentId: null, target: null, lines: new Map(), hasBefore: false, hasAfter: false };

  function documentIdFromAddress() {
    const marker = '/documents/';
    const path = window.location.pathname;
    const at = path.lastIndexOf(marker);
    return at < 0 ? null : decodeURIComponent(path.slice(at + marker.length).replace(/\/$/, ''));
  }

  function sentenceFromAddress() {
    const hash = window.location.hash.slice(1);
    return hash ? decodeURIComponent(hash) : null;
  }

  function showError(error) {
    const problem = error instanceof ApiError ? error : new ApiError(0, 'Something went wrong', String(error));
    $('error-title').textContent = problem.title + (problem.status ? ` (${problem.status})` : '');
    $('error-detail').textContent = problem.detail;
    $('error-banner').hidden = false;
  }

  function fact(term, value) {
    return value === undefined || value === null || value === '' ? [] : [el('dt', {}, term), el('dd', {}, value)];
  }

  async function showDocument() {
    const doc = await api.document(state.documentId);
    const meta = doc.metadata || {};
    document.title = `${doc.title || doc.id} · tiegraph`;
    $('doc-title').textContent = doc.title || doc.id;
    const counts = doc.counts || {};
    $('doc-meta').replaceChildren(
      ...fact('id', doc.id),
      ...METADATA.flatMap(key => fact(key, meta[key])),
      ...(meta.source ? [el('dt', {}, 'source'), el('dd', {}, safeLink(meta.source, meta.source, 'source-link'))] : []),
      ...fact('contents', `${counts.sections ?? 0} sections, ${counts.sentences ?? 0} sentences, `
        + `${counts.edges ?? 0} relations grounded`));
  }

  /** Merges a passage answer into the lines already shown (earlier and later sentences extend it). */
  function merge(passage, direction) {
    for (const line of passage.sentences || []) {
      state.lines.set(line.index, line);
    }
    if (direction !== 'later') {
      state.hasBefore = passage.hasBefore;
    }
    if (direction !== 'earlier') {
      state.hasAfter = passage.hasAfter;
    }
  }

  async function loadPassage(around, direction) {
    const passage = await api.passage(state.documentId, around, WINDOW);
    if (!direction) {
      state.lines.clear();
      state.target = passage.around;
    }
    merge(passage, direction);
    renderPassage();
  }

  function footnoteMarks(line) {
    const numbers = [...new Set((line.sources || []).map(src => src.footnote).filter(n => n !== null && n !== undefined))];
    return numbers.map(number => el('button', {
      type: 'button', className: 'link-button cite', dataset: { footnote: String(number) },
      title: (line.sources || []).filter(src => src.footnote === number).map(src => src.title || src.url).join('; '),
      onClick: () => showFootnote(number),
    }, `[${number}]`));
  }

  function renderPassage() {
    const lines = [...state.lines.values()].sort((a, b) => a.index - b.index);
    const passage = $('passage');
    passage.replaceChildren();
    let section = null;
    let page = null;
    let paragraph = null;
    for (const line of lines) {
      const sectionId = line.section ? line.section.id : null;
      if (paragraph === null || sectionId !== section) {
        section = sectionId;
        if (line.section && line.section.title) {
          passage.append(el('h4', { className: 'passage-section' }, line.section.title));
        }
        paragraph = el('p', {});
        passage.append(paragraph);
      }
      if (line.page !== null && line.page !== undefined && line.page !== page) {
        page = line.page;
        paragraph.append(el('span', { className: 'page-marker', 'aria-label': `page ${page}` }, `p. ${page}`));
      }
      const current = line.id === state.target;
      const text = current ? el('mark', {}, line.text) : line.text;
      paragraph.append(el('span', {
        className: `sentence${current ? ' current' : ''}`, id: `sentence-${line.index}`,
        dataset: { sentenceId: line.id }, 'aria-current': current ? 'true' : null,
      }, text, footnoteMarks(line)), ' ');
    }
    $('passage-earlier').hidden = !state.hasBefore;
    $('passage-later').hidden = !state.hasAfter;
    const target = lines.find(line => line.id === state.target);
    $('passage-where').textContent = target
      ? [target.section && target.section.title ? `Section “${target.section.title}”` : 'Untitled section',
        target.page ? `page ${target.page}` : null, `sentence ${target.index + 1}`].filter(Boolean).join(' · ')
      : 'From the start of the document.';
    renderFacts(lines);
    const current = passage.querySelector('.sentence.current');
    if (current) {
      current.scrollIntoView({ block: 'center' });
    }
    markCitedFootnotes(lines);
  }

  function renderFacts(lines) {
    const items = lines.flatMap(line => (line.facts || []).map(f => ({ line, f })));
    const list = $('passage-facts');
    if (items.length === 0) {
      list.replaceChildren(el('li', { className: 'muted' }, 'No relation was drawn from these sentences.'));
      return;
    }
    list.replaceChildren(...items.map(({ line, f }) => el('li', {
      className: line.id === state.target ? 'current' : '', dataset: { edgeId: f.edgeId || '' },
    },
    el('strong', {}, f.source.name || f.source.id), ' ', el('span', { className: 'edge-type' }, f.type), ' → ',
    el('strong', {}, f.target.name || f.target.id), ' ',
    el('span', { className: `modality modality-${f.modality || 'asserted'}` }, f.modality || 'asserted'),
    f.attribution ? el('span', { className: 'muted' }, ` according to ${f.attribution}`) : null,
    f.year ? el('span', { className: 'muted' }, ` · ${f.year}`) : null,
    el('span', { className: 'fact-quote' }, `“${f.quote}” (sentence ${line.index + 1})`))));
  }

  async function showFootnotes() {
    const answer = await api.footnotes(state.documentId);
    const notes = answer.footnotes || [];
    $('footnotes').replaceChildren(...(notes.length === 0
      ? [el('li', { className: 'muted' }, 'This document has no footnotes.')]
      : notes.map(note => el('li', { id: `footnote-${note.number}`, dataset: { footnote: String(note.number) } },
        el('span', { className: 'footnote-number' }, `${note.number}. `),
        note.text || (note.sources || []).map(src => src.title || src.url).join('; '),
        note.page ? el('span', { className: 'muted' }, ` (p. ${note.page})`) : null,
        (note.sources || []).filter(src => src.url).map(src => el('div', {}, safeLink(src.url, src.url, 'source-link')))))));
  }

  function markCitedFootnotes(lines) {
    const cited = new Set(lines.flatMap(line => (line.sources || []).map(src => String(src.footnote))));
    document.querySelectorAll('#footnotes li[data-footnote]').forEach(item =>
      item.classList.toggle('cited', cited.has(item.dataset.footnote)));
  }

  function showFootnote(number) {
    const item = $(`footnote-${number}`);
    if (item) {
      item.scrollIntoView({ block: 'center' });
      item.classList.add('flash');
      setTimeout(() => item.classList.remove('flash'), 1500);
    }
  }

  async function edge(direction) {
    const lines = [...state.lines.values()].sort((a, b) => a.index - b.index);
    const from = direction === 'earlier' ? lines[0] : lines[lines.length - 1];
    if (from) {
      await loadPassage(from.id, direction).catch(showError);
    }
  }

  async function start() {
    state.documentId = documentIdFromAddress();
    if (!state.documentId) {
      showError(new ApiError(0, 'No document named', 'Open a document as documents/{id}#{sentence id}.'));
      return;
    }
    $('passage-earlier').addEventListener('click', () => edge('earlier'));
    $('passage-later').addEventListener('click', () => edge('later'));
    window.addEventListener('hashchange', () => loadPassage(sentenceFromAddress(), null).catch(showError));
    try {
      await Promise.all([showDocument(), showFootnotes()]);
      await loadPassage(sentenceFromAddress(), null);
    } catch (error) {
      $('doc-title').textContent = 'Document unavailable';
      showError(error);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})(window.tiegraph = window.tiegraph || {});
