/**
 * The details panel: an entity's card (aliases, properties, degree by relation type, documents, actions), an opened
 * group's card (with the button closing it again) and a relation's evidence — every quote shown inside its sentence
 * with the quote highlighted, plus the document, modality, attribution, year and the footnote sources it cites.
 */
(function (tiegraph) {
  'use strict';

  const { api, documentViewUrl, el, safeLink, edgeYear } = tiegraph;

  /**
   * Where a quote sits inside its sentence's text, as [start, end) in that text, or null. Tries the document offsets
   * first (through the sentence's segments when a page break cuts it), then the text itself, tolerating whitespace.
   */
  function locateQuote(sentence, evidence) {
    const text = sentence.text || '';
    const quote = evidence.quote || '';
    if (!quote) {
      return null;
    }
    const found = (start, end) => (text.slice(start, end) === quote ? [start, end] : null);
    if (Array.isArray(sentence.segments) && Number.isInteger(evidence.start)) {
      let consumed = 0;
      for (const segment of sentence.segments) {
        if (evidence.start >= segment.start && evidence.start <= segment.end) {
          const start = consumed + (evidence.start - segment.start);
          const hit = found(start, start + quote.length);
          if (hit) {
            return hit;
          }
          break;
        }
        consumed += segment.end - segment.start + 1;
      }
    }
    const expected = Number.isInteger(evidence.start) && Number.isInteger(sentence.start)
      ? evidence.start - sentence.start : -1;
    if (expected >= 0) {
      const hit = found(expected, expected + quote.length);
      if (hit) {
        return hit;
      }
    }
    let best = -1;
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
      if (best < 0 || Math.abs(at - expected) < Math.abs(best - expected)) {
        best = at;
      }
    }
    if (best >= 0) {
      return [best, best + quote.length];
    }
    const words = quote.trim().split(/\s+/).map(word => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const loose = new RegExp(words.join('\\s+')).exec(text);
    return loose ? [loose.index, loose.index + loose[0].length] : null;
  }

  /**
   * A quote as shown: the texts of its segments with a page-break sign between them where a page break (and the
   * footnotes printed there) cuts its sentence; the API's quote joins them with one space.
   */
  function quoteContent(quote, segments) {
    const lengths = (segments || []).map(segment => segment.end - segment.start);
    if (lengths.length < 2 || lengths.reduce((sum, length) => sum + length + 1, -1) !== quote.length) {
      return [quote];
    }
    const content = [];
    let at = 0;
    lengths.forEach((length, index) => {
      if (index > 0) {
        content.push(el('span', { className: 'evidence-note quote-break', title: 'Page break: footnotes left out' },
          ' … '));
        at += 1;
      }
      content.push(quote.slice(at, at + length));
      at += length;
    });
    return content;
  }

  function yearsOf(edge) {
    const years = new Set((edge.years || []).map(String));
    const year = edgeYear(edge);
    if (year !== null) {
      years.add(String(year));
    }
    return [...years].sort();
  }

  function fact(term, value) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
      return [];
    }
    return [el('dt', {}, term), el('dd', {}, Array.isArray(value) ? value.join(', ') : value)];
  }

  /** [type, text] pairs from the API's degree ({total, byType: [{type, out, in}]}) or a plain {type: count} map. */
  function degreeEntries(degree) {
    if (!degree || typeof degree !== 'object') {
      return [];
    }
    if (Array.isArray(degree.byType)) {
      return degree.byType.map(d => [d.type, [d.out ? `${d.out} out` : '', d.in ? `${d.in} in` : '']
        .filter(Boolean).join(' · ') || '0']);
    }
    return Object.entries(degree).filter(([, count]) => typeof count === 'number');
  }

  function closeGroupButton(group, actions, className) {
    return el('button', {
      type: 'button', id: 'close-group-button', className, onClick: () => actions.closeGroup(group.id),
      title: 'Puts its entities back in the group box',
    }, 'Close the group');
  }

  class DetailsPanel {
    constructor(root, emptyState, schema) {
      this.root = root;
      this.emptyState = emptyState;
      this.schema = schema;
      this.showing = null;
    }

    setSchema(schema) {
      this.schema = schema;
    }

    clear() {
      this.showing = null;
      this.root.replaceChildren();
      this.emptyState.hidden = false;
    }

    present(content, what) {
      this.showing = what;
      this.emptyState.hidden = true;
      this.root.replaceChildren(content);
    }

    typeBadge(type) {
      const badge = el('span', { className: 'type-badge' }, type || 'unknown');
      badge.style.setProperty('--type-color', this.schema.color(type));
      return badge;
    }

    entityButton(entity, onOpen) {
      return el('button', {
        type: 'button', className: 'link-button entity-link', dataset: { entityId: entity.id },
        onClick: () => onOpen(entity.id),
      }, entity.name || entity.id);
    }

    /**
     * Shows an entity: `entity` is what the graph holds; `detail` (from GET /api/entities/{id}, may arrive later)
     * adds aliases, properties, degrees and documents; `relations` are the edges in view touching it.
     */
    showEntity(entity, detail, relations, actions) {
      const full = { ...entity, ...(detail || {}) };
      const chosen = actions.depth();
      const depth = el('select', {
        id: 'expand-depth', 'aria-label': 'Neighbourhood depth', onChange: event => actions.setDepth(event.target.value),
      }, ['1', '2', '3'].map(value => el('option', { value, selected: value === chosen }, `depth ${value}`)));
      const card = el('article', { id: 'entity-details', className: 'entity-details', dataset: { entityId: full.id } },
        el('h2', { className: 'details-title' }, el('span', { id: 'details-name' }, full.name || full.id), ' ',
          this.typeBadge(full.type)),
        el('div', { className: 'button-row' },
          el('button', {
            type: 'button', id: 'expand-button', className: 'primary',
            onClick: () => actions.expand(full.id, Number(depth.value)),
          }, entity.expanded ? 'Expand again' : 'Expand neighbourhood'),
          depth),
        el('div', { className: 'button-row' },
          el('button', { type: 'button', id: 'set-from-button', onClick: () => actions.setFrom(full) }, 'Path from here'),
          el('button', { type: 'button', id: 'set-to-button', onClick: () => actions.setTo(full) }, 'Path to here'),
          el('button', { type: 'button', id: 'remove-node-button', onClick: () => actions.remove(full.id) }, 'Hide')),
        this.openedGroupNote(actions.openedGroupOf(full.id), actions),
        el('dl', { className: 'facts' },
          fact('id', full.id),
          fact('aliases', (full.aliases || []).filter(a => a !== full.name)),
          ...Object.entries(full.properties || {}).map(([key, value]) => fact(key, typeof value === 'object'
            ? JSON.stringify(value) : value)),
          fact('discovered', full.discovered === true ? 'yes — not in the catalogue' : null)));

      const degrees = degreeEntries(full.degree);
      if (degrees.length > 0) {
        const total = full.degree && typeof full.degree.total === 'number' ? ` (${full.degree.total})` : '';
        card.append(el('h3', {}, `Relations in the graph${total}`),
          el('ul', { className: 'degree-list' }, degrees.map(([type, count]) =>
            el('li', { title: this.schema.edgeDescription(type) }, el('span', { className: 'edge-type' }, type), ` ${count}`))));
      }

      card.append(el('h3', {}, `Relations in view (${relations.length})`));
      if (relations.length === 0) {
        card.append(el('p', { className: 'muted' }, 'None yet — expand the neighbourhood to load them.'));
      } else {
        card.append(el('ul', { id: 'connection-list', className: 'connection-list' }, relations.map(({ edge, visible, grouped }) => {
          const outgoing = edge.source === full.id;
          const otherId = outgoing ? edge.target : edge.source;
          const other = actions.entityName(otherId);
          const quotes = (edge.evidence || []).length;
          return el('li', {}, el('button', {
            type: 'button', className: `link-button connection-edge${visible ? '' : ' filtered'}`,
            dataset: { edgeId: edge.id }, onClick: () => actions.openEdge(edge.id),
            'aria-label': `${outgoing ? full.name : other} ${edge.type} ${outgoing ? other : full.name}, ${quotes} quotes`,
          }, outgoing ? '→ ' : '← ', el('span', { className: 'edge-type' }, edge.type), ' ', other,
          quotes ? el('span', { className: 'muted' }, ` · ${quotes} quote${quotes === 1 ? '' : 's'}`) : null,
          visible ? null : el('span', { className: 'muted' }, grouped ? ' (in a group)' : ' (filtered)')));
        })));
      }

      const documents = full.documents || [];
      if (documents.length > 0) {
        card.append(el('h3', {}, 'Mentioned in'),
          el('ul', { className: 'document-list' }, documents.map(doc => {
            const title = typeof doc === 'string' ? doc : (doc.title || doc.id);
            const count = typeof doc === 'object' && (doc.mentions ?? doc.count);
            return el('li', {}, title, count ? el('span', { className: 'muted' }, ` · ${count} mentions`) : null);
          })));
      }
      this.present(card, { kind: 'node', id: full.id });
    }

    /** On a card of an entity taken out of a group: which group, and the button closing it again. */
    openedGroupNote(group, actions) {
      return group ? el('p', { className: 'opened-group' }, 'Taken out of the group ', el('strong', {}, group.name),
        ' around ', actions.entityName(group.anchorId), '. ', closeGroupButton(group, actions, 'link-button')) : null;
    }

    /** An opened group's card: where its entities came from, the button putting them back, the entities themselves. */
    showGroup(group, actions) {
      const by = group.by === 'type' ? 'entity type' : 'relation';
      const card = el('article', { id: 'group-details', className: 'group-details', dataset: { groupId: group.id } },
        el('h2', { className: 'details-title' }, el('span', { id: 'details-name' }, group.name), ' ',
          el('span', { className: 'type-badge' }, 'opened group')),
        el('p', {}, `Entities tied to nothing in view but ${actions.entityName(group.anchorId)}, grouped by ${by}. `
          + 'They are back on the canvas around the place the group stood.'),
        el('div', { className: 'button-row' }, closeGroupButton(group, actions, 'primary')),
        el('h3', {}, `In view (${group.members.length})`),
        el('ul', { className: 'connection-list' }, group.members.map(entity =>
          el('li', {}, this.entityButton(entity, actions.openEntity), ' ', this.typeBadge(entity.type)))));
      this.present(card, { kind: 'group', id: group.id });
    }

    /** Shows a relation and loads each quote's sentence and document to present the quote in context. */
    showEdge(edge, source, target, actions) {
      const evidence = edge.evidence || [];
      const total = Math.max(Number(edge.evidenceCount) || 0, evidence.length);
      const documents = new Set([...(edge.documentIds || []), ...evidence.map(ev => ev.documentId).filter(Boolean)]);
      const list = el('ol', { id: 'evidence-list', className: 'evidence-list' });
      const card = el('article', { id: 'edge-details', className: 'edge-details', dataset: { edgeId: edge.id } },
        el('h2', { className: 'details-title edge-title' },
          this.entityButton(source, actions.openEntity), ' ',
          el('span', { className: 'edge-type' }, edge.type), ' → ',
          this.entityButton(target, actions.openEntity)),
        el('p', { className: 'muted' }, this.schema.edgeDescription(edge.type)),
        el('dl', { className: 'facts' },
          fact('modality', edge.modality || 'asserted'),
          fact('attribution', edge.attribution),
          fact('year', yearsOf(edge)),
          fact('confidence', typeof edge.confidence === 'number' ? edge.confidence.toFixed(2) : edge.confidence),
          fact('evidence', `${total} quote${total === 1 ? '' : 's'}`
            + (documents.size > 0 ? ` in ${documents.size} document${documents.size === 1 ? '' : 's'}` : ''))),
        el('h3', {}, total > evidence.length ? `Evidence (the first ${evidence.length} of ${total})` : 'Evidence'),
        list);
      if (evidence.length === 0) {
        list.replaceWith(el('p', { className: 'muted', id: 'evidence-empty' },
          'This answer carried no quotes for the relation. Expand one of its entities to load them.'));
      }
      evidence.forEach((ev, index) => list.append(this.evidenceItem(edge, ev, index)));
      if (total > evidence.length) {
        const more = el('button', { type: 'button', id: 'evidence-more' },
          `Show all ${total} quotes`);
        more.addEventListener('click', async () => {
          more.disabled = true;
          more.textContent = 'Loading quotes…';
          try {
            const answer = await api.edge(edge.id, 500, evidence.length);
            const rest = answer.edge.evidence || [];
            rest.forEach((ev, index) => list.append(this.evidenceItem(edge, ev, evidence.length + index)));
            const shown = evidence.length + rest.length;
            card.querySelector('h3').textContent = shown < total ? `Evidence (the first ${shown} of ${total})` : 'Evidence';
            more.remove();
          } catch (error) {
            more.disabled = false;
            more.textContent = `Show all ${total} quotes (failed: ${error.message}; try again)`;
          }
        });
        card.append(more);
      }
      this.present(card, { kind: 'edge', id: edge.id });
    }

    evidenceItem(edge, ev, index) {
      const context = el('blockquote', { className: 'evidence-context' },
        el('mark', { className: 'evidence-quote' }, quoteContent(ev.quote, ev.segments)));
      const documentLabel = el('span', { className: 'evidence-document' }, ev.documentId || 'unknown document');
      const modality = ev.modality || edge.modality;
      const attribution = ev.attribution || edge.attribution;
      const year = ev.year || null;
      const item = el('li', { className: 'evidence-item', dataset: { sentenceId: ev.sentenceId || '' } },
        context,
        el('p', { className: 'evidence-meta' },
          documentLabel,
          modality ? el('span', { className: `modality modality-${modality}` }, modality) : null,
          attribution ? el('span', { className: 'attribution' }, `according to ${attribution}`) : null,
          year ? el('span', {}, String(year)) : null,
          ev.predicate ? el('span', { className: 'muted' }, `verb “${ev.predicate}”`) : null,
          ev.documentId ? el('a', {
            href: documentViewUrl(ev.documentId, ev.sentenceId), className: 'read-source', target: '_blank',
            rel: 'noopener', title: 'The sentence among its neighbours, with its section, page and footnotes',
          }, 'Read in the document') : null));
      const sources = ev.sources || [];
      item.append(sources.length > 0
        ? el('div', { className: 'evidence-sources' },
          el('h4', {}, `Footnote source${sources.length === 1 ? '' : 's'}`),
          el('ul', {}, sources.map(src => el('li', {},
            src.footnote ? el('span', { className: 'footnote-number' }, `[${src.footnote}] `) : null,
            src.url ? safeLink(src.url, src.title || src.url, 'source-link') : el('span', {}, src.title || 'untitled source'),
            src.title && src.url ? el('span', { className: 'source-url' }, ` ${src.url}`) : null))))
        : el('p', { className: 'muted evidence-sources' }, 'No footnote cited for this sentence.'));

      if (ev.sentenceId) {
        this.fillContext(context, documentLabel, ev, index);
      }
      if (ev.documentId) {
        api.document(ev.documentId).then(answer => {
          const meta = answer.metadata || {};
          documentLabel.textContent = answer.title || documentLabel.textContent;
          documentLabel.title = [meta.author, meta.date, meta.venue].filter(Boolean).join(' · ') || ev.documentId;
        }).catch(() => { /* the sentence's document title (or the id) stays as the label */ });
      }
      return item;
    }

    async fillContext(context, documentLabel, ev, index) {
      try {
        const sentence = await api.sentence(ev.sentenceId);
        if (sentence.documentTitle) {
          documentLabel.textContent = sentence.documentTitle;
        }
        const text = sentence.text || '';
        const span = locateQuote(sentence, ev);
        if (!span) {
          context.replaceChildren(el('span', { className: 'evidence-sentence' }, text),
            el('span', { className: 'evidence-note' }, ' Quote: '),
            el('mark', { className: 'evidence-quote' }, quoteContent(ev.quote, ev.segments)));
          return;
        }
        context.replaceChildren(
          el('span', { className: 'evidence-sentence' },
            text.slice(0, span[0]),
            el('mark', { className: 'evidence-quote', id: `evidence-quote-${index}` },
              quoteContent(text.slice(span[0], span[1]), ev.segments)),
            text.slice(span[1])));
      } catch (error) {
        context.append(el('span', { className: 'evidence-note' },
          ` (the surrounding sentence could not be loaded: ${error.title})`));
      }
    }
  }

  Object.assign(tiegraph, { locateQuote, DetailsPanel });
})(window.tiegraph = window.tiegraph || {});
