/**
 * The explorer page's start: builds the canvas, the panels and the controllers (explore.js, paths.js,
 * filter-panel.js, status.js), wires the search box, the view buttons, the exports and the keyboard, and loads the
 * schema once the server is up.
 */
(function (tiegraph) {
  'use strict';

  const {
    $, api, ApiError, EntityCombobox, DetailsPanel, download, FilterPanel, GraphView, NeighbourhoodExplorer, pageStatus,
    PathFinder, PathOptions, Schema, UploadForm
  } = tiegraph;
  const { busy, clearError, followStart, showError, status } = pageStatus;

  const state = {
    schema: Schema.empty(),
    graph: null,
    details: null,
    lastQuery: null,
    paths: [],
    hidden: { entity: new Set(), edge: new Set() },
    depth: storedChoice('tiegraph.depth', ['1', '2', '3'], '1'),
    pathOptions: null,
  };

  /** A choice remembered across expansions and visits (localStorage), if it is one of `allowed`. */
  function storedChoice(key, allowed, fallback) {
    try {
      const value = window.localStorage.getItem(key);
      return allowed.includes(value) ? value : fallback;
    } catch (unavailable) {
      return fallback;
    }
  }

  function remember(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch (unavailable) {
      // private windows may refuse storage: the choice then lasts for this page only
    }
  }

  /* ---------- export ---------- */

  function exportPng() {
    if (state.graph.isEmpty()) {
      showError(new ApiError(0, 'Nothing to export', 'Put some entities in view first.'));
      return;
    }
    download(state.graph.toPng(), 'tiegraph-view.png');
    status('The view was saved as tiegraph-view.png.');
  }

  function exportJson() {
    if (state.graph.isEmpty()) {
      showError(new ApiError(0, 'Nothing to export', 'Put some entities in view first.'));
      return;
    }
    const view = { exportedAt: new Date().toISOString(), ...state.graph.toJson() };
    download(new Blob([JSON.stringify(view, null, 2)], { type: 'application/json' }), 'tiegraph-view.json');
    status(`The view (${view.nodes.length} entities, ${view.edges.length} relations with evidence) was saved as JSON.`);
  }

  async function exportGraphml() {
    if (!state.lastQuery) {
      showError(new ApiError(0, 'Nothing to export', 'Expand an entity or find paths first: GraphML comes from the '
        + 'last neighbourhood or path query.'));
      return;
    }
    const blob = await busy('Fetching GraphML…', () => api.graphAs(state.lastQuery, 'graphml'));
    if (blob) {
      download(blob, 'tiegraph-view.graphml');
      status('The last query was saved as GraphML.');
    }
  }

  /* ---------- keyboard ---------- */

  function graphKeys(event, explorer) {
    const entities = state.graph.visibleEntitiesByName();
    const selected = state.graph.selectedEntityId();
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight' || event.key === 'ArrowUp' || event.key === 'ArrowLeft') {
      if (entities.length === 0) {
        return;
      }
      event.preventDefault();
      const step = event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : -1;
      const at = entities.findIndex(entity => entity.id === selected);
      const next = entities[(at < 0 ? (step > 0 ? 0 : entities.length - 1) : at + step + entities.length) % entities.length];
      explorer.openEntity(next.id);
    } else if (event.key === 'Enter' && selected) {
      event.preventDefault();
      explorer.expand(selected);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && selected) {
      event.preventDefault();
      explorer.hideEntity(selected);
    } else if (event.key === 'Escape') {
      state.graph.unselect();
      state.details.clear();
    }
  }

  function globalKeys(event) {
    const typing = ['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement.tagName);
    if (event.key === '/' && !typing) {
      event.preventDefault();
      $('search-input').focus();
    }
  }

  /* ---------- start ---------- */

  async function loadSchema(filterPanel) {
    try {
      state.schema = Schema.from(await api.schema());
      state.graph.setSchema(state.schema);
      state.details.setSchema(state.schema);
      state.pathOptions.setSchema(state.schema);
      status(`Ready: ${state.schema.entityTypes.size} entity types, ${state.schema.edgeTypes.size} relation types. `
        + 'Search for an entity to begin.');
    } catch (error) {
      showError(error);
    }
    filterPanel.refresh();
  }

  function watchSearch(explorer) {
    const search = new EntityCombobox($('search-input'), $('search-suggestions'), entity => {
      explorer.placeEntity(entity);
      $('search-input').value = '';
    }, type => state.schema.color(type));
    $('search-form').addEventListener('submit', async event => {
      event.preventDefault();
      if (!search.text()) {
        return;
      }
      const query = search.text();
      const entity = await busy(`Searching for “${query}”…`, () => search.resolve());
      if (entity) {
        explorer.placeEntity(entity);
        $('search-input').value = '';
      } else if (entity === null) {
        status(`No entity matches “${query}”.`);
        showError(new ApiError(0, `No entity matches “${query}”`, 'Try another spelling, an alias or a shorter word.'));
      }
    });
  }

  function start() {
    if (typeof window.cytoscape !== 'function') {
      showError(new ApiError(0, 'The graph library did not load',
        'The page could not load Cytoscape.js from the server (webjars/cytoscape/). Reload the page.'));
      return;
    }
    state.details = new DetailsPanel($('details-content'), $('details-empty'), state.schema);
    const filterPanel = new FilterPanel(state, () => explorer.refreshDetails());
    const explorer = new NeighbourhoodExplorer(state, filterPanel, {
      setFrom: entity => paths.setFrom(entity),
      setTo: entity => paths.setTo(entity),
      setDepth: depth => {
        state.depth = depth;
        remember('tiegraph.depth', depth);
      },
    });
    const paths = new PathFinder(state, filterPanel, explorer);
    state.graph = new GraphView($('graph'), state.schema, {
      onNodeTap: id => {
        const node = state.graph.node(id);
        explorer.openEntity(id);
        if (node && !node.data('expanded')) {
          explorer.expand(id);
        }
      },
      onEdgeTap: id => explorer.openEdge(id),
      onGroupTap: id => explorer.openGroup(id),
      onBackgroundTap: () => state.details.clear(),
    });
    state.pathOptions = new PathOptions($('path-follow-types'), $('path-denied'), $('path-incoherent'));
    window.explorer = { cy: state.graph.cy, state };
    watchSearch(explorer);

    $('layout-button').addEventListener('click', () => state.graph.arrange());
    $('fit-button').addEventListener('click', () => state.graph.fit());
    $('clear-button').addEventListener('click', () => {
      state.graph.clear();
      state.details.clear();
      $('truncated-notice').hidden = true;
      paths.clear();
      state.lastQuery = null;
      filterPanel.refresh();
      status('The view was cleared.');
    });
    new UploadForm($('upload-form'), $('upload-report'), async report => {
      await loadSchema(filterPanel);
      status(`${report.title || report.documentId} was loaded: ${report.edges} relations from ${report.sentences} `
        + 'sentences. Search for its entities.');
    });
    $('export-png').addEventListener('click', exportPng);
    $('export-json').addEventListener('click', exportJson);
    $('export-graphml').addEventListener('click', exportGraphml);
    $('error-dismiss').addEventListener('click', clearError);
    $('truncated-dismiss').addEventListener('click', () => { $('truncated-notice').hidden = true; });
    $('group-by').value = storedChoice('tiegraph.groupBy', ['type', 'relation', 'none'], 'type');
    $('group-by').addEventListener('change', () => remember('tiegraph.groupBy', $('group-by').value));
    $('graph').addEventListener('keydown', event => graphKeys(event, explorer));
    document.addEventListener('keydown', globalKeys);

    filterPanel.refresh();
    followStart(() => loadSchema(filterPanel));
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})(window.tiegraph = window.tiegraph || {});
