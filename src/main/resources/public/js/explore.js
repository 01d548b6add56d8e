/**
 * Exploring neighbourhoods: putting a searched entity on the canvas, showing an entity's or a relation's details,
 * expanding an entity's neighbourhood (grouping its leaves), opening groups and closing them again, hiding entities.
 */
(function (tiegraph) {
  'use strict';

  const { $, api, pageStatus } = tiegraph;
  const { busy, noteTruncation, showError, status } = pageStatus;

  /** The first answer stays small enough to read; more on request, up to the most the API gives. */
  const NEIGHBOURHOOD_LIMITS = [100, 300, 1000];

  class NeighbourhoodExplorer {
    /**
     * `state` is the page's; `filterPanel` describes the view after each change; `setFrom` and `setTo` take an entity
     * as the start or the end of the paths to find, `setDepth` keeps the neighbourhood depth chosen on a card.
     */
    constructor(state, filterPanel, { setFrom, setTo, setDepth }) {
      this.state = state;
      this.filterPanel = filterPanel;
      this.detailCache = new Map();
      this.entityActions = {
        expand: (id, depth) => this.expand(id, depth),
        depth: () => state.depth,
        setDepth,
        setFrom,
        setTo,
        remove: id => this.hideEntity(id),
        openEdge: id => this.openEdge(id),
        entityName: id => this.entityName(id),
        openedGroupOf: id => state.graph.openedGroupOf(id),
        closeGroup: groupId => this.closeGroup(groupId),
      };
      this.groupActions = {
        openEntity: id => this.openEntity(id),
        entityName: id => this.entityName(id),
        closeGroup: groupId => this.closeGroup(groupId),
      };
    }

    entityName(id) {
      const entity = this.state.graph.entity(id);
      return entity ? entity.name || id : id;
    }

    /** Shows the details panel's subject again as the view now holds it, or clears it when it left the view. */
    refreshDetails() {
      const { details, graph } = this.state;
      const showing = details.showing;
      if (!showing) {
        return;
      }
      if (showing.kind === 'node' && graph.node(showing.id)) {
        this.showEntityDetails(showing.id, false);
      } else if (showing.kind === 'group' && graph.openedGroup(showing.id)) {
        details.showGroup(graph.openedGroup(showing.id), this.groupActions);
      } else if (showing.kind === 'group' || (showing.kind === 'edge' && !graph.edge(showing.id))) {
        details.clear();
      }
    }

    showEntityDetails(id, fetchDetail = true) {
      const { details, graph } = this.state;
      const node = graph.node(id);
      if (!node) {
        return;
      }
      const entity = { ...node.data('entity'), expanded: Boolean(node.data('expanded')) };
      details.showEntity(entity, this.detailCache.get(id), graph.relationsOf(id), this.entityActions);
      if (fetchDetail && !this.detailCache.has(id)) {
        api.entity(id).then(detail => {
          this.detailCache.set(id, detail);
          const showing = details.showing;
          if (showing && showing.kind === 'node' && showing.id === id && graph.node(id)) {
            details.showEntity(entity, detail, graph.relationsOf(id), this.entityActions);
          }
        }).catch(error => {
          if (error.status !== 404) {
            showError(error);
          }
        });
      }
    }

    openEntity(id) {
      if (!this.state.graph.node(id)) {
        return;
      }
      this.state.graph.select('node', id);
      this.showEntityDetails(id);
      status(`${this.entityName(id)} selected. Press Enter on the graph or use “Expand neighbourhood” to load its relations.`);
    }

    /** Puts an entity from a search on the canvas and selects it. */
    placeEntity(entity) {
      const graph = this.state.graph;
      const wasEmpty = graph.isEmpty();
      const { addedNodes } = graph.add({ nodes: [entity], edges: [] });
      if (addedNodes.length > 0) {
        graph.placeInView(entity.id);
        if (wasEmpty) {
          graph.cy.center(graph.node(entity.id));
        }
      }
      this.filterPanel.refresh();
      this.openEntity(entity.id);
    }

    /** Loads a neighbourhood into the view; `limit` caps its relations (the API's default first, more on request). */
    async expand(id, depth = Number(this.state.depth), limit = NEIGHBOURHOOD_LIMITS[0]) {
      const graph = this.state.graph;
      const name = this.entityName(id);
      const query = api.neighborhoodPath(id, depth, limit);
      const answer = await busy(`Loading the neighbourhood of ${name}…`, () => api.graph(query));
      if (!answer) {
        return;
      }
      this.state.lastQuery = query;
      const { addedNodes, addedEdges, released } = graph.add(answer);
      graph.markExpanded(id);
      const settled = graph.settleAround(id, [...addedNodes, ...released], $('group-by').value);
      this.filterPanel.refresh();
      graph.select('node', id);
      this.showEntityDetails(id);
      const total = (answer.edges || []).length;
      const more = NEIGHBOURHOOD_LIMITS.find(next => next > limit);
      noteTruncation(answer.truncated, `${name}'s neighbourhood was cut at ${total} relations.`,
        more ? `Load up to ${more}` : null, () => this.expand(id, depth, more));
      status(total === 0
        ? `${name} has no relations in the graph${depth > 1 ? ` within ${depth} steps` : ''}.`
        : `${name}: ${total} relations within ${depth} step${depth > 1 ? 's' : ''}; `
          + `${addedNodes.length} entities and ${addedEdges.length} relations were new to the view`
          + (settled.groups > 0 ? `, ${settled.grouped} of them in ${settled.groups} groups (click one to open it).` : '.'));
    }

    /** Opens a group box and shows its card, whose button closes it again. */
    openGroup(groupId) {
      const { details, graph } = this.state;
      const opened = graph.openGroup(groupId);
      this.filterPanel.refresh();
      const group = graph.openedGroup(groupId);
      if (group) {
        details.showGroup(group, this.groupActions);
      }
      status(`${opened} entities were taken out of their group; “Close the group” in the details panel puts them back.`);
    }

    /** Puts an opened group's entities back in its box and shows the entity the group hangs from. */
    closeGroup(groupId) {
      const graph = this.state.graph;
      const group = graph.openedGroup(groupId);
      if (!group) {
        return;
      }
      const gathered = graph.closeGroup(groupId);
      this.filterPanel.refresh();
      graph.select('node', group.anchorId);
      this.showEntityDetails(group.anchorId);
      status(gathered > 0 ? `${gathered} entities went back into the group ${group.name}.`
        : `No entity of ${group.name} is still in view with ties to ${this.entityName(group.anchorId)} alone.`);
    }

    hideEntity(id) {
      const name = this.entityName(id);
      this.state.graph.remove(id);
      this.state.details.clear();
      this.filterPanel.refresh();
      status(`${name} removed from the view.`);
      $('graph').focus();
    }

    /** Shows a relation's evidence; the relation may be on the canvas or only on a path found. */
    openEdge(id) {
      const { details, graph } = this.state;
      const edge = graph.relation(id) || this.findPathEdge(id);
      if (!edge) {
        return;
      }
      graph.select('edge', id);
      const end = entityId => graph.entity(entityId) || { id: entityId, name: entityId };
      details.showEdge(edge, end(edge.source), end(edge.target), {
        openEntity: entityId => {
          if (graph.node(entityId)) {
            this.openEntity(entityId);
          }
        },
      });
      const quotes = Math.max(Number(edge.evidenceCount) || 0, (edge.evidence || []).length);
      status(`Evidence for ${this.entityName(edge.source)} ${edge.type} ${this.entityName(edge.target)}: `
        + `${quotes} quote${quotes === 1 ? '' : 's'}.`);
      $('details').scrollTop = 0;
    }

    findPathEdge(id) {
      for (const path of this.state.paths) {
        const edge = (path.edges || []).find(e => e.id === id);
        if (edge) {
          return edge;
        }
      }
      return null;
    }
  }

  Object.assign(tiegraph, { NeighbourhoodExplorer });
})(window.tiegraph = window.tiegraph || {});
