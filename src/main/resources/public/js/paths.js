/**
 * Finding paths: the From / To / Through form and the typed pattern, their answers laid out on the canvas and listed
 * hop by hop, one path highlighted at a time.
 */
(function (tiegraph) {
  'use strict';

  const { $, api, ApiError, el, EntityCombobox, pageStatus } = tiegraph;
  const { busy, clearError, noteTruncation, showError, status } = pageStatus;

  class PathFinder {
    /**
     * `state` is the page's; `filterPanel` describes the view after an answer; `explorer` opens the entities and
     * relations a path lists.
     */
    constructor(state, filterPanel, explorer) {
      this.state = state;
      this.filterPanel = filterPanel;
      this.explorer = explorer;
      const typeColor = type => state.schema.color(type);
      this.pickers = {
        from: new EntityCombobox($('path-from'), $('path-from-suggestions'), () => $('path-to').focus(), typeColor),
        to: new EntityCombobox($('path-to'), $('path-to-suggestions'), () => $('path-via').focus(), typeColor),
        via: new EntityCombobox($('path-via'), $('path-via-suggestions'), () => $('path-max-hops').focus(), typeColor),
      };
      $('path-form').addEventListener('submit', event => this.findPaths(event));
      $('pattern-form').addEventListener('submit', event => this.matchPattern(event));
    }

    setFrom(entity) {
      this.pickers.from.set(entity);
      $('path-to').focus();
      status(`Paths will start at ${entity.name}.`);
    }

    setTo(entity) {
      this.pickers.to.set(entity);
      $('path-submit').focus();
      status(`Paths will end at ${entity.name}.`);
    }

    /** Forgets the paths found (the view was cleared). */
    clear() {
      this.state.paths = [];
      $('path-results').replaceChildren();
      $('path-summary').textContent = '';
    }

    renderPaths(paths, description) {
      const list = $('path-results');
      list.replaceChildren();
      this.state.paths = paths;
      if (paths.length === 0) {
        $('path-summary').textContent = `No path ${description}. Allow more hops, drop “through”, or try other entities.`;
        $('path-summary').className = 'summary empty';
        return;
      }
      $('path-summary').textContent = `${paths.length} path${paths.length === 1 ? '' : 's'} ${description}, `
        + 'shortest and best evidenced first. Select a relation to read its evidence.';
      $('path-summary').className = 'summary';
      paths.forEach((path, index) => list.append(this.pathItem(path, index)));
    }

    pathItem(path, index) {
      const nodes = path.nodes || [];
      const edges = path.edges || [];
      const hops = el('ol', { className: 'path-hops', 'aria-label': `Steps of path ${index + 1}` });
      nodes.forEach((entity, i) => {
        hops.append(el('li', { className: 'path-node' }, el('button', {
          type: 'button', className: 'link-button entity-link', dataset: { entityId: entity.id },
          onClick: () => this.explorer.openEntity(entity.id),
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
            onClick: () => this.explorer.openEdge(edge.id),
          }, forward ? '' : '← ', el('span', { className: 'edge-type' }, edge.type), forward ? ' →' : '');
        })));
      });
      const score = typeof path.score === 'number' ? ` · score ${path.score.toFixed(2)}` : '';
      const length = path.length ?? nodes.length - 1;
      const incoherent = path.coherent === false;
      return el('li', {
        className: `path-result${incoherent ? ' incoherent' : ''}`, dataset: { pathIndex: String(index) },
      },
      el('button', {
        type: 'button', className: 'path-select', 'aria-pressed': 'false',
        onClick: () => this.selectPath(index),
      }, `Path ${index + 1} · ${length} hop${length === 1 ? '' : 's'}${score}`,
      incoherent ? el('span', {
        className: 'incoherent-badge',
        title: 'It passes through a generic entity (an item or a group) that no single passage ties to both of its '
          + 'neighbours on the path: the two hops may speak of different things.',
      }, 'incoherent') : null),
      hops);
    }

    selectPath(index) {
      const items = [...$('path-results').querySelectorAll('.path-result')];
      const current = items[index];
      const turningOff = current && current.classList.contains('current');
      items.forEach((item, i) => {
        const on = i === index && !turningOff;
        item.classList.toggle('current', on);
        item.querySelector('.path-select').setAttribute('aria-pressed', String(on));
      });
      this.state.graph.highlightPath(turningOff ? null : this.state.paths[index]);
    }

    async runPathQuery(query, description, askMore) {
      const { details, graph } = this.state;
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
      this.state.lastQuery = query;
      const paths = answer.paths || [];
      graph.clear();
      details.clear();
      for (const path of paths) {
        graph.add(path);
      }
      graph.arrangePaths(paths);
      this.renderPaths(paths, description);
      this.filterPanel.refresh();
      $('path-summary').scrollIntoView({ block: 'nearest' });
      if (paths.length > 0) {
        this.selectPath(0);
        status(`${paths.length} path(s) found ${description}.`);
      } else {
        status(`No path ${description}.`);
      }
    }

    async findPaths(event) {
      event.preventDefault();
      clearError();
      const pickers = this.pickers;
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
      const pathOptions = this.state.pathOptions;
      const maxHops = Number($('path-max-hops').value);
      const description = `from ${ends.from.name} to ${ends.to.name}`
        + (ends.via ? ` through ${ends.via.name}` : '') + ` within ${maxHops} hops`;
      const limit = Number($('path-limit').value);
      await this.runPathQuery(api.pathsPath({ from: ends.from.id, to: ends.to.id, via: ends.via && ends.via.id, maxHops,
        limit }, pathOptions.params()), description + pathOptions.describe(), () => this.findPaths(event));
    }

    async matchPattern(event) {
      event.preventDefault();
      const pattern = $('pattern-input').value.trim();
      if (!pattern) {
        showError(new ApiError(0, 'Write a pattern first', 'For example State:china>*>Item:drones>State:russia.'));
        $('pattern-input').focus();
        return;
      }
      const pathOptions = this.state.pathOptions;
      await this.runPathQuery(api.patternPath(pattern, Number($('path-limit').value), pathOptions.params()),
        `matching ${pattern}${pathOptions.describe()}`, () => this.matchPattern(event));
    }
  }

  Object.assign(tiegraph, { PathFinder });
})(window.tiegraph = window.tiegraph || {});
