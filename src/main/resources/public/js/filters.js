/**
 * The filters of the canvas: entity types (a type hides its subtypes), relation types, the years a relation states,
 * and hiding the entities the filters leave without any shown relation. What is shown is read from the classes set
 * here, not from the renderer, so counts always describe the state just applied.
 */
(function (tiegraph) {
  'use strict';

  class ViewFilters {
    constructor() {
      this.hiddenEntityTypes = new Set();
      this.hiddenEdgeTypes = new Set();
      this.yearFrom = null;
      this.yearTo = null;
      this.undated = true;
      this.hideOrphans = true;
    }

    /** Takes any of hiddenEntityTypes, hiddenEdgeTypes, yearFrom, yearTo, undated, hideOrphans. */
    set(values) {
      Object.assign(this, values);
    }

    edgePasses(edge) {
      if (edge.hasClass('group-edge')) {
        return true;
      }
      const data = edge.data();
      if (this.hiddenEdgeTypes.has(data.type)) {
        return false;
      }
      if (data.year === null || data.year === undefined) {
        return this.undated;
      }
      return (this.yearFrom === null || data.year >= this.yearFrom) && (this.yearTo === null || data.year <= this.yearTo);
    }

    apply(cy, schema) {
      cy.batch(() => {
        cy.nodes().forEach(node => {
          const lineage = node.data('type') ? schema.lineage(node.data('type')) : [];
          node.toggleClass('filtered-out', lineage.some(type => this.hiddenEntityTypes.has(type)));
        });
        cy.edges().forEach(edge => edge.toggleClass('filtered-out', !this.edgePasses(edge)));
        cy.nodes().forEach(node => {
          const edges = node.connectedEdges();
          node.toggleClass('orphaned', this.hideOrphans && !node.hasClass('filtered-out')
            && edges.nonempty() && !edges.some(edge => this.edgeShown(edge)));
        });
      });
    }

    nodeShown(node) {
      return !node.hasClass('filtered-out') && !node.hasClass('orphaned');
    }

    edgeShown(edge) {
      return !edge.hasClass('filtered-out') && !edge.source().hasClass('filtered-out')
        && !edge.target().hasClass('filtered-out');
    }
  }

  Object.assign(tiegraph, { ViewFilters });
})(window.tiegraph = window.tiegraph || {});
