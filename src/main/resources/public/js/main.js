/**
 * The explorer page: wires the search box, the path and pattern forms, the graph canvas, filters, the details panel
 * and the exports to the REST API, and keeps status, empty and error states visible and announced.
 */
(function (tiegraph) {
  'use strict';

  const { api, ApiError, EntityCombobox, DetailsPanel, download, el, GraphView, PathOptions, Schema, swatch, UploadForm }
    = tiegraph;

  const $ = id => document.getElementById(id);

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

  /* ---------- status, errors, loading ---------- */

  function status(message) {
    $('status').textContent = message;
  }

  function showError(error) {
    const problem = error instanceof ApiError ? error
      : new ApiError(0, 'Something went wrong', error && error.message ? error.message : String(error));
    $('error-title').textContent = problem.title + (problem.status ? ` (${problem.status})` : '');
    $('error-detail').textContent = [problem.detail, problem.parameter ? `Parameter: ${problem.parameter}.` : '']
      .filter(Boolean).join(' ');
    $('error-banner').hidden = false;
    status(`Error: ${problem.title}`);
  }

  function clearError() {
    $('error-banner').hidden = true;
  }

  /** Runs an API action with the loading state shown and any failure reported in the banner. */
  async function busy(message, action) {
    clearError();
    status(message);
    $('graph-loading').textContent = message;
    $('graph-loading').hidden = false;
    $('graph').setAttribute('aria-busy', 'true');
    try {
      return await action();
    } catch (error) {
      showError(error);
      return undefined;
    } finally {
      $('graph-loading').hidden = true;
      $('graph').removeAttribute('aria-busy');
    }
  }

  /* ---------- view bookkeeping ---------- */

  function entityName(id) {
    const entity = state.graph.entity(id);
    return entity ? entity.name || id : id;
  }

  function refreshView() {
    const counts = state.graph.counts();
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
    renderEntityTypeFilters();
    renderEdgeTypeFilters();
    const years = state.graph.years();
    $('filter-year-from').placeholder = years.length ? String(Math.min(...years)) : 'any';
    $('filter-year-to').placeholder = years.length ? String(Math.max(...years)) : 'any';
  }

  function refreshDetails() {
    const showing = state.details.showing;
    if (!showing) {
      return;
    }
    if (showing.kind === 'node' && state.graph.node(showing.id)) {
      showEntityDetails(showing.id, false);
    } else if (showing.kind === 'edge' && !state.graph.edge(showing.id)) {
      state.details.clear();
    }
  }

  /* ---------- entities ---------- */

  const entityActions = {
    expand: (id, depth) => expand(id, depth),
    depth: () => state.depth,
    setDepth: depth => {
      state.depth = depth;
      remember('tiegraph.depth', depth);
    },
    setFrom: entity => { pickers.from.set(entity); $('path-to').focus(); status(`Paths will start at ${entity.name}.`); },
    setTo: entity => { pickers.to.set(entity); $('path-submit').focus(); status(`Paths will end at ${entity.name}.`); },
    remove: id => hideEntity(id),
    openEdge: id => openEdge(id),
    entityName,
  };

  const detailCache = new Map();

  function showEntityDetails(id, fetchDetail = true) {
    const node = state.graph.node(id);
    if (!node) {
      return;
    }
    const entity = { ...node.data('entity'), expanded: Boolean(node.data('expanded')) };
    state.details.showEntity(entity, detailCache.get(id), state.graph.relationsOf(id), entityActions);
    if (fetchDetail && !detailCache.has(id)) {
      api.entity(id).then(detail => {
        detailCache.set(id, detail);
        const showing = state.details.showing;
        if (showing && showing.kind === 'node' && showing.id === id && state.graph.node(id)) {
          state.details.showEntity(entity, detail, state.graph.relationsOf(id), entityActions);
        }
      }).catch(error => {
        if (error.status !== 404) {
          showError(error);
        }
      });
    }
  }

  function openEntity(id) {
    if (!state.graph.node(id)) {
      return;
    }
    state.graph.select('node', id);
    showEntityDetails(id);
    status(`${entityName(id)} selected. Press Enter on the graph or use “Expand neighbourhood” to load its relations.`);
  }

  /** Puts an entity from a search on the canvas and selects it. */
  function placeEntity(entity) {
    const wasEmpty = state.graph.isEmpty();
    const { addedNodes } = state.graph.add({ nodes: [entity], edges: [] });
    if (addedNodes.length > 0) {
      state.graph.placeInView(entity.id);
      if (wasEmpty) {
        state.graph.cy.center(state.graph.node(entity.id));
      }
    }
    refreshView();
    openEntity(entity.id);
  }

  /** The first answer stays small enough to read; more on request, up to the most the API gives. */
  const NEIGHBOURHOOD_LIMITS = [100, 300, 1000];

  /** Loads a neighbourhood into the view; `limit` caps its relations (the API's default first, more on request). */
  async function expand(id, depth = Number(state.depth), limit = NEIGHBOURHOOD_LIMITS[0]) {
    const name = entityName(id);
    const query = api.neighborhoodPath(id, depth, limit);
    const answer = await busy(`Loading the neighbourhood of ${name}…`, () => api.graph(query));
    if (!answer) {
      return;
    }
    state.lastQuery = query;
    const { addedNodes, addedEdges, released } = state.graph.add(answer);
    state.graph.markExpanded(id);
    const settled = state.graph.settleAround(id, [...addedNodes, ...released], $('group-by').value);
    refreshView();
    state.graph.select('node', id);
    showEntityDetails(id);
    const total = (answer.edges || []).length;
    const more = NEIGHBOURHOOD_LIMITS.find(next => next > limit);
    noteTruncation(answer.truncated, `${name}'s neighbourhood was cut at ${total} relations.`,
      more ? `Load up to ${more}` : null, () => expand(id, depth, more));
    status(total === 0
      ? `${name} has no relations in the graph${depth > 1 ? ` within ${depth} steps` : ''}.`
      : `${name}: ${total} relations within ${depth} step${depth > 1 ? 's' : ''}; `
        + `${addedNodes.length} entities and ${addedEdges.length} relations were new to the view`
        + (settled.groups > 0 ? `, ${settled.grouped} of them in ${settled.groups} groups (click one to open it).` : '.'));
  }

  /** Shows (or hides) the notice that an answer was cut short, with a button fetching more when there is more. */
  function noteTruncation(truncated, message, moreLabel, fetchMore) {
    const notice = $('truncated-notice');
    notice.hidden = !truncated;
    if (!truncated) {
      return;
    }
    $('truncated-text').textContent = moreLabel ? message : `${message} That is the most one answer holds.`;
    const button = $('truncated-more');
    button.hidden = !moreLabel;
    button.textContent = moreLabel || '';
    button.onclick = () => {
      notice.hidden = true;
      fetchMore();
    };
  }

  function openGroup(groupId) {
    const opened = state.graph.openGroup(groupId);
    refreshView();
    status(`${opened} entities were taken out of their group.`);
  }

  function hideEntity(id) {
    const name = entityName(id);
    state.graph.remove(id);
    state.details.clear();
    refreshView();
    status(`${name} removed from the view.`);
    $('graph').focus();
  }

  /* ---------- relations ---------- */

  function openEdge(id) {
    const edge = state.graph.relation(id) || findPathEdge(id);
    if (!edge) {
      return;
    }
    state.graph.select('edge', id);
    const end = entityId => state.graph.entity(entityId) || { id: entityId, name: entityId };
    state.details.showEdge(edge, end(edge.source), end(edge.target), {
      openEntity: entityId => {
        if (state.graph.node(entityId)) {
          openEntity(entityId);
        }
      },
    });
    const quotes = Math.max(Number(edge.evidenceCount) || 0, (edge.evidence || []).length);
    status(`Evidence for ${entityName(edge.source)} ${edge.type} ${entityName(edge.target)}: `
      + `${quotes} quote${quotes === 1 ? '' : 's'}.`);
    $('details').scrollTop = 0;
  }

  function findPathEdge(id) {
    for (const path of state.paths) {
      const edge = (path.edges || []).find(e => e.id === id);
      if (edge) {
        return edge;
      }
    }
    return null;
  }

  /* ---------- paths ---------- */

  const pickers = {};

  function renderPaths(paths, description) {
    const list = $('path-results');
    list.replaceChildren();
    state.paths = paths;
    if (paths.length === 0) {
      $('path-summary').textContent = `No path ${description}. Allow more hops, drop “through”, or try other entities.`;
      $('path-summary').className = 'summary empty';
      return;
    }
    $('path-summary').textContent = `${paths.length} path${paths.length === 1 ? '' : 's'} ${description}, `
      + 'shortest and best evidenced first. Select a relation to read its evidence.';
    $('path-summary').className = 'summary';
    paths.forEach((path, index) => {
      const nodes = path.nodes || [];
      const edges = path.edges || [];
      const hops = el('ol', { className: 'path-hops', 'aria-label': `Steps of path ${index + 1}` });
      nodes.forEach((entity, i) => {
        hops.append(el('li', { className: 'path-node' }, el('button', {
          type: 'button', className: 'link-button entity-link', dataset: { entityId: entity.id },
          onClick: () => openEntity(entity.id),
        }, entity.name || entity.id)));
        const next = nodes[i + 1];
        if (!next) {
          return;
        }
        // every relation joining this stop to the next (parallel relations of different types all count)
        const joining = edges.filter(e => (e.source === entity.id && e.target === next.id)
          || (e.source === next.id && e.target === entity.id));
        hops.append(el('li', { className: 'path-step' }, joining.map(edge => {
          const forward = edge.source === entity.id;
          const quotes = Math.max(Number(edge.evidenceCount) || 0, (edge.evidence || []).length);
          return el('button', {
            type: 'button', className: 'link-button path-edge', dataset: { edgeId: edge.id },
            'aria-label': `${forward ? '' : 'reverse '}${edge.type}, ${quotes} quotes: open evidence`,
            onClick: () => openEdge(edge.id),
          }, forward ? '' : '← ', el('span', { className: 'edge-type' }, edge.type), forward ? ' →' : '');
        })));
      });
      const score = typeof path.score === 'number' ? ` · score ${path.score.toFixed(2)}` : '';
      const length = path.length ?? nodes.length - 1;
      const incoherent = path.coherent === false;
      list.append(el('li', {
        className: `path-result${incoherent ? ' incoherent' : ''}`, dataset: { pathIndex: String(index) },
      },
      el('button', {
        type: 'button', className: 'path-select', 'aria-pressed': 'false',
        onClick: () => selectPath(index),
      }, `Path ${index + 1} · ${length} hop${length === 1 ? '' : 's'}${score}`,
      incoherent ? el('span', {
        className: 'incoherent-badge',
        title: 'It passes through a generic entity (an item or a group) that no single passage ties to both of its '
          + 'neighbours on the path: the two hops may speak of different things.',
      }, 'incoherent') : null),
      hops));
    });
  }

  function selectPath(index) {
    const items = [...$('path-results').querySelectorAll('.path-result')];
    const current = items[index];
    const turningOff = current && current.classList.contains('current');
    items.forEach((item, i) => {
      const on = i === index && !turningOff;
      item.classList.toggle('current', on);
      item.querySelector('.path-select').setAttribute('aria-pressed', String(on));
    });
    state.graph.highlightPath(turningOff ? null : state.paths[index]);
  }

  async function runPathQuery(query, description, askMore) {
    const answer = await busy(`Finding paths ${description}…`, () => api.graph(query));
    if (!answer) {
      return;
    }
    const moreLimit = [...$('path-limit').options].map(option => Number(option.value))
      .find(limit => limit > Number($('path-limit').value));
    noteTruncation(answer.truncated, 'The path search stopped at a cap: there may be more paths.',
      moreLimit ? `Ask for ${moreLimit} paths` : null, () => {
        $('path-limit').value = String(moreLimit);
        askMore();
      });
    state.lastQuery = query;
    const paths = answer.paths || [];
    state.graph.clear();
    state.details.clear();
    for (const path of paths) {
      state.graph.add(path);
    }
    state.graph.arrangePaths(paths);
    renderPaths(paths, description);
    refreshView();
    $('path-summary').scrollIntoView({ block: 'nearest' });
    if (paths.length > 0) {
      selectPath(0);
      status(`${paths.length} path(s) found ${description}.`);
    } else {
      status(`No path ${description}.`);
    }
  }

  async function findPaths(event) {
    event.preventDefault();
    clearError();
    const ends = await busy('Resolving the entities…', async () => {
      const [from, to] = [await pickers.from.resolve(), await pickers.to.resolve()];
      const via = pickers.via.text() ? await pickers.via.resolve() : null;
      return { from, to, via };
    });
    if (!ends) {
      return;
    }
    const missing = [['From', ends.from, pickers.from], ['To', ends.to, pickers.to]]
      .filter(([, entity]) => !entity).map(([label, , picker]) => `${label}${picker.text() ? ` (“${picker.text()}”)` : ''}`);
    if (pickers.via.text() && !ends.via) {
      missing.push(`Through (“${pickers.via.text()}”)`);
    }
    if (missing.length > 0) {
      showError(new ApiError(0, 'Choose the entities first', `No entity found for ${missing.join(' and ')}. `
        + 'Type a name and pick one of the suggestions.'));
      return;
    }
    const maxHops = Number($('path-max-hops').value);
    const description = `from ${ends.from.name} to ${ends.to.name}`
      + (ends.via ? ` through ${ends.via.name}` : '') + ` within ${maxHops} hops`;
    const limit = Number($('path-limit').value);
    await runPathQuery(api.pathsPath({ from: ends.from.id, to: ends.to.id, via: ends.via && ends.via.id, maxHops, limit },
      state.pathOptions.params()), description + state.pathOptions.describe(), () => findPaths(event));
  }

  async function matchPattern(event) {
    event.preventDefault();
    const pattern = $('pattern-input').value.trim();
    if (!pattern) {
      showError(new ApiError(0, 'Write a pattern first', 'For example State:china>*>Item:drones>State:russia.'));
      $('pattern-input').focus();
      return;
    }
    await runPathQuery(api.patternPath(pattern, Number($('path-limit').value), state.pathOptions.params()),
      `matching ${pattern}${state.pathOptions.describe()}`, () => matchPattern(event));
  }

  /* ---------- filters ---------- */

  function filterCheckbox(kind, type, count, extra) {
    const id = `filter-${kind}-${type}`;
    const box = el('input', {
      type: 'checkbox', id, dataset: { filterKind: kind, filterType: type },
      checked: !state.hidden[kind].has(type),
    });
    box.addEventListener('change', () => {
      if (box.checked) {
        state.hidden[kind].delete(type);
      } else {
        state.hidden[kind].add(type);
      }
      applyFilters();
    });
    return el('li', { className: count ? '' : 'absent' },
      el('label', { for: id, className: 'check' }, box, extra, el('span', { className: 'filter-name' }, type),
        el('span', { className: 'count' }, String(count || 0))));
  }

  function renderEntityTypeFilters() {
    const counts = state.graph.entityTypeCounts();
    const known = state.schema.typesInOrder();
    const extra = [...counts.keys()].filter(type => !state.schema.entityTypes.has(type)).map(name => ({ name, depth: 0 }));
    $('filter-entity-types').replaceChildren(...[...known, ...extra].map(type => {
      const item = filterCheckbox('entity', type.name, counts.get(type.name),
        swatch(state.schema.shape(type.name), state.schema.color(type.name)));
      item.style.setProperty('--depth', String(type.depth));
      item.title = type.description || '';
      return item;
    }));
  }

  function renderEdgeTypeFilters() {
    const counts = state.graph.edgeTypeCounts();
    const list = $('filter-edge-types');
    if (counts.size === 0) {
      list.replaceChildren(el('li', { className: 'muted' }, 'Nothing in view yet.'));
      return;
    }
    list.replaceChildren(...[...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([type, count]) => {
        const item = filterCheckbox('edge', type, count, null);
        item.title = state.schema.edgeDescription(type);
        return item;
      }));
  }

  function yearInput(id) {
    const value = $(id).value.trim();
    return /^\d{4}$/.test(value) ? Number(value) : null;
  }

  function applyFilters() {
    state.graph.setFilters({
      hiddenEntityTypes: state.hidden.entity,
      hiddenEdgeTypes: state.hidden.edge,
      yearFrom: yearInput('filter-year-from'),
      yearTo: yearInput('filter-year-to'),
      undated: $('filter-undated').checked,
      hideOrphans: $('filter-orphans').checked,
    });
    refreshView();
    refreshDetails();
  }

  function setAll(kind, visible) {
    const types = kind === 'entity'
      ? [...state.schema.entityTypes.keys(), ...state.graph.entityTypeCounts().keys()]
      : [...state.graph.edgeTypeCounts().keys()];
    state.hidden[kind] = visible ? new Set() : new Set(types);
    applyFilters();
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

  function graphKeys(event) {
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
      openEntity(next.id);
    } else if (event.key === 'Enter' && selected) {
      event.preventDefault();
      expand(selected);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && selected) {
      event.preventDefault();
      hideEntity(selected);
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

  async function loadSchema() {
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
    refreshView();
  }

  const typeColor = type => state.schema.color(type);

  /* ---------- the database starting and documents loading at start ---------- */

  const LOADING_POLL_MS = 1500;
  const wait = ms => new Promise(resolve => setTimeout(resolve, ms));

  /** "loading 3/56…" while documents load, the phase before that ("starting the database…"). */
  function loadingText(loading) {
    return loading.total > 0 ? `loading ${loading.done}/${loading.total}…` : `${loading.phase}…`;
  }

  /**
   * Asks health until the database answers (the page is up before it), then loads the schema; while documents still
   * load, shows their progress beside the status and reloads the schema's counts when they are all in.
   */
  async function followStart() {
    const indicator = $('loading-status');
    let health = await api.health();
    while (!health || !health.ok) {
      indicator.hidden = false;
      indicator.textContent = health && health.loading ? loadingText(health.loading) : 'waiting for the server…';
      await wait(LOADING_POLL_MS);
      health = await api.health();
    }
    await loadSchema();
    while (health && health.loading && !health.loading.complete) {
      indicator.hidden = false;
      indicator.textContent = loadingText(health.loading);
      indicator.title = health.loading.current ? `reading ${health.loading.current}` : '';
      await wait(LOADING_POLL_MS);
      health = await api.health();
    }
    if (!indicator.hidden) {
      indicator.hidden = true;
      await loadSchema();
      const loading = health && health.loading;
      if (loading && loading.error) {
        status(`Loading stopped after ${loading.done} of ${loading.total} documents: ${loading.error}`);
        return;
      }
      status(loading && loading.total > 0
        ? `All ${loading.total} documents are loaded${loading.failed ? ` (${loading.failed} could not be)` : ''}. `
          + 'Search for an entity to begin.'
        : 'Loading finished. Search for an entity to begin.');
    }
  }

  function start() {
    if (typeof window.cytoscape !== 'function') {
      showError(new ApiError(0, 'The graph library did not load',
        'The page could not load Cytoscape.js from the server (webjars/cytoscape/). Reload the page.'));
      return;
    }
    state.details = new DetailsPanel($('details-content'), $('details-empty'), state.schema);
    state.graph = new GraphView($('graph'), state.schema, {
      onNodeTap: id => {
        const node = state.graph.node(id);
        openEntity(id);
        if (node && !node.data('expanded')) {
          expand(id);
        }
      },
      onEdgeTap: id => openEdge(id),
      onGroupTap: id => openGroup(id),
      onBackgroundTap: () => state.details.clear(),
    });
    state.pathOptions = new PathOptions($('path-follow-types'), $('path-denied'), $('path-incoherent'));
    window.explorer = { cy: state.graph.cy, state };

    const search = new EntityCombobox($('search-input'), $('search-suggestions'), entity => {
      placeEntity(entity);
      $('search-input').value = '';
    }, typeColor);
    $('search-form').addEventListener('submit', async event => {
      event.preventDefault();
      if (!search.text()) {
        return;
      }
      const query = search.text();
      const entity = await busy(`Searching for “${query}”…`, () => search.resolve());
      if (entity) {
        placeEntity(entity);
        $('search-input').value = '';
      } else if (entity === null) {
        status(`No entity matches “${query}”.`);
        showError(new ApiError(0, `No entity matches “${query}”`, 'Try another spelling, an alias or a shorter word.'));
      }
    });
    pickers.from = new EntityCombobox($('path-from'), $('path-from-suggestions'), () => $('path-to').focus(), typeColor);
    pickers.to = new EntityCombobox($('path-to'), $('path-to-suggestions'), () => $('path-via').focus(), typeColor);
    pickers.via = new EntityCombobox($('path-via'), $('path-via-suggestions'), () => $('path-max-hops').focus(),
      typeColor);
    $('path-form').addEventListener('submit', findPaths);
    $('pattern-form').addEventListener('submit', matchPattern);

    for (const id of ['filter-year-from', 'filter-year-to', 'filter-undated', 'filter-orphans']) {
      $(id).addEventListener('input', applyFilters);
      $(id).addEventListener('change', applyFilters);
    }
    document.querySelectorAll('[data-filter-all]').forEach(button =>
      button.addEventListener('click', () => setAll(button.dataset.filterAll, true)));
    document.querySelectorAll('[data-filter-none]').forEach(button =>
      button.addEventListener('click', () => setAll(button.dataset.filterNone, false)));

    $('layout-button').addEventListener('click', () => state.graph.arrange());
    $('fit-button').addEventListener('click', () => state.graph.fit());
    $('clear-button').addEventListener('click', () => {
      state.graph.clear();
      state.details.clear();
      $('truncated-notice').hidden = true;
      state.paths = [];
      state.lastQuery = null;
      $('path-results').replaceChildren();
      $('path-summary').textContent = '';
      refreshView();
      status('The view was cleared.');
    });
    new UploadForm($('upload-form'), $('upload-report'), async report => {
      await loadSchema();
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
    $('graph').addEventListener('keydown', graphKeys);
    document.addEventListener('keydown', globalKeys);

    refreshView();
    followStart();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})(window.tiegraph = window.tiegraph || {});
