/**
 * The filters panel and the view's counts: entity type, relation type, year and orphan filters applied to the canvas,
 * and the counts, summary and canvas label that describe what they leave shown.
 */
(function (tiegraph) {
  'use strict';

  const { $, el, swatch } = tiegraph;

  class FilterPanel {
    /** `state` is the page's (schema, graph, hidden types); `onApplied` runs after the filters changed the view. */
    constructor(state, onApplied) {
      this.state = state;
      this.onApplied = onApplied;
      for (const id of ['filter-year-from', 'filter-year-to', 'filter-undated', 'filter-orphans']) {
        $(id).addEventListener('input', () => this.apply());
        $(id).addEventListener('change', () => this.apply());
      }
      document.querySelectorAll('[data-filter-all]').forEach(button =>
        button.addEventListener('click', () => this.setAll(button.dataset.filterAll, true)));
      document.querySelectorAll('[data-filter-none]').forEach(button =>
        button.addEventListener('click', () => this.setAll(button.dataset.filterNone, false)));
    }

    /** Describes the view as it is now: counts, what the filters hide, the type lists and the years in view. */
    refresh() {
      const counts = this.state.graph.counts();
      $('graph-empty').hidden = counts.nodes > 0;
      const hiddenNodes = counts.nodes - counts.grouped - counts.visibleNodes;
      const hiddenEdges = counts.edges - counts.groupedEdges - counts.visibleEdges;
      $('view-counts').textContent = `${counts.nodes} entities · ${counts.edges} relations in view`
        + (counts.groups > 0 ? ` · ${counts.grouped} entities in ${counts.groups} group${counts.groups === 1 ? '' : 's'}` : '')
        + (hiddenNodes + hiddenEdges > 0 ? ` (${hiddenNodes} entities, ${hiddenEdges} relations hidden by filters)` : '');
      $('graph').setAttribute('aria-label', `Graph canvas: ${counts.visibleNodes} entities and ${counts.visibleEdges} `
        + 'relations shown. Arrow keys move between entities, Enter expands, Delete hides.');
      $('filter-summary').textContent = hiddenNodes + hiddenEdges > 0
        ? `Filters hide ${hiddenNodes} entities and ${hiddenEdges} relations.` : '';
      this.renderEntityTypes();
      this.renderEdgeTypes();
      const years = this.state.graph.years();
      $('filter-year-from').placeholder = years.length ? String(Math.min(...years)) : 'any';
      $('filter-year-to').placeholder = years.length ? String(Math.max(...years)) : 'any';
    }

    checkbox(kind, type, count, extra) {
      const hidden = this.state.hidden;
      const id = `filter-${kind}-${type}`;
      const box = el('input', {
        type: 'checkbox', id, dataset: { filterKind: kind, filterType: type },
        checked: !hidden[kind].has(type),
      });
      box.addEventListener('change', () => {
        if (box.checked) {
          hidden[kind].delete(type);
        } else {
          hidden[kind].add(type);
        }
        this.apply();
      });
      return el('li', { className: count ? '' : 'absent' },
        el('label', { for: id, className: 'check' }, box, extra, el('span', { className: 'filter-name' }, type),
          el('span', { className: 'count' }, String(count || 0))));
    }

    renderEntityTypes() {
      const { graph, schema } = this.state;
      const counts = graph.entityTypeCounts();
      const known = schema.typesInOrder();
      const extra = [...counts.keys()].filter(type => !schema.entityTypes.has(type)).map(name => ({ name, depth: 0 }));
      $('filter-entity-types').replaceChildren(...[...known, ...extra].map(type => {
        const item = this.checkbox('entity', type.name, counts.get(type.name),
          swatch(schema.shape(type.name), schema.color(type.name)));
        item.style.setProperty('--depth', String(type.depth));
        item.title = type.description || '';
        return item;
      }));
    }

    renderEdgeTypes() {
      const counts = this.state.graph.edgeTypeCounts();
      const list = $('filter-edge-types');
      if (counts.size === 0) {
        list.replaceChildren(el('li', { className: 'muted' }, 'Nothing in view yet.'));
        return;
      }
      list.replaceChildren(...[...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([type, count]) => {
          const item = this.checkbox('edge', type, count, null);
          item.title = this.state.schema.edgeDescription(type);
          return item;
        }));
    }

    apply() {
      this.state.graph.setFilters({
        hiddenEntityTypes: this.state.hidden.entity,
        hiddenEdgeTypes: this.state.hidden.edge,
        yearFrom: yearInput('filter-year-from'),
        yearTo: yearInput('filter-year-to'),
        undated: $('filter-undated').checked,
        hideOrphans: $('filter-orphans').checked,
      });
      this.refresh();
      this.onApplied();
    }

    setAll(kind, visible) {
      const { graph, schema } = this.state;
      const types = kind === 'entity'
        ? [...schema.entityTypes.keys(), ...graph.entityTypeCounts().keys()]
        : [...graph.edgeTypeCounts().keys()];
      this.state.hidden[kind] = visible ? new Set() : new Set(types);
      this.apply();
    }
  }

  function yearInput(id) {
    const value = $(id).value.trim();
    return /^\d{4}$/.test(value) ? Number(value) : null;
  }

  Object.assign(tiegraph, { FilterPanel });
})(window.tiegraph = window.tiegraph || {});
