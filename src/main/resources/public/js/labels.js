/**
 * Entity labels that would collide: where two drawn labels' boxes overlap, only the more prominent entity's label is
 * drawn (a group box's first, then the better connected entity's); hovering or selecting shows the others. Labels
 * scale with the zoom like the distances between nodes, so which labels collide does not depend on the zoom.
 */
(function (tiegraph) {
  'use strict';

  const LABEL_BOX = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };

  /** Most prominent first: group boxes, then more relations in view, then by name for a stable choice. */
  function prominence(a, b) {
    return Number(b.hasClass('group')) - Number(a.hasClass('group')) || b.degree() - a.degree()
      || String(a.data('name')).localeCompare(String(b.data('name')));
  }

  function overlap(a, b) {
    return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  }

  /** Marks `label-hidden` the labels of shown nodes that overlap the label of a more prominent shown node. */
  function declutterLabels(cy) {
    const kept = [];
    const hidden = [];
    cy.nodes(':visible').sort(prominence).forEach(node => {
      const box = node.boundingBox(LABEL_BOX);
      if (box.w === 0) {
        return; // no label
      }
      if (kept.some(other => overlap(box, other))) {
        hidden.push(node);
      } else {
        kept.push(box);
      }
    });
    cy.batch(() => {
      cy.nodes().removeClass('label-hidden');
      cy.collection(hidden).addClass('label-hidden');
    });
  }

  Object.assign(tiegraph, { declutterLabels });
})(window.tiegraph = window.tiegraph || {});
