/**
 * How the canvas draws things: entity colour and shape by catalogue type, relation line style by modality, labels
 * shown only at a readable zoom or on hover and selection (and a label that would collide with another only then),
 * groups of leaves as labelled boxes.
 */
(function (tiegraph) {
  'use strict';

  /** Rendered label sizes below these (in screen pixels) are not drawn: the labels appear as one zooms in. */
  const NODE_LABEL_MIN_PX = 10;
  const EDGE_LABEL_MIN_PX = 9;

  /** The year of an edge as a number, from `year`, `years` or its evidence; null when the text gives none. */
  function edgeYear(edge) {
    const candidates = [edge.year, ...(edge.years || []), ...(edge.evidence || []).map(ev => ev.year)];
    for (const value of candidates) {
      const match = value === undefined || value === null ? null : String(value).match(/\d{4}/);
      if (match) {
        return Number(match[0]);
      }
    }
    return null;
  }

  function evidenceCount(edge) {
    if (Array.isArray(edge.evidence) && edge.evidence.length > 0) {
      return edge.evidence.length;
    }
    return Number(edge.evidenceCount) || 1;
  }

  function graphStyles() {
    return [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          shape: 'data(shape)',
          width: 30,
          height: 30,
          'border-width': 1.5,
          'border-color': '#30343b',
          label: 'data(name)',
          'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
          'font-size': 12,
          'min-zoomed-font-size': NODE_LABEL_MIN_PX,
          color: '#1d2025',
          'text-valign': 'bottom',
          'text-margin-y': 5,
          'text-wrap': 'wrap',
          'text-max-width': 130,
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': 2,
          'text-background-shape': 'roundrectangle',
        },
      },
      { selector: 'node[?expanded]', style: { 'border-width': 3, 'border-style': 'double' } },
      {
        selector: 'node.group',
        style: {
          width: 46, height: 46, 'border-style': 'dashed', 'border-width': 2, 'font-weight': 'bold',
          'min-zoomed-font-size': 0, 'background-opacity': 0.55,
        },
      },
      { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
      {
        selector: 'node.hover, node:selected, node.endpoint',
        style: { 'min-zoomed-font-size': 0, 'z-index': 20, 'text-opacity': 1, 'text-background-opacity': 0.85 },
      },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0b5cad', 'font-weight': 'bold' } },
      { selector: 'node.endpoint', style: { width: 40, height: 40 } },
      {
        selector: 'edge',
        style: {
          width: 'mapData(evidenceCount, 1, 6, 1.6, 5)',
          'line-color': '#7d8590',
          'target-arrow-color': '#7d8590',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.9,
          'curve-style': 'bezier',
          label: 'data(type)',
          'font-size': 9,
          'min-zoomed-font-size': EDGE_LABEL_MIN_PX,
          color: '#3b4048',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
          'text-background-padding': 1,
        },
      },
      { selector: 'edge.group-edge', style: { 'line-style': 'dashed', label: '', 'target-arrow-shape': 'none', width: 2 } },
      { selector: 'edge[modality = "reported"]', style: { 'line-style': 'dashed' } },
      { selector: 'edge[modality = "planned"]', style: { 'line-style': 'dotted' } },
      { selector: 'edge[modality = "possible"]', style: { 'line-style': 'dotted' } },
      {
        selector: 'edge[modality = "denied"]',
        style: { 'line-style': 'dotted', 'line-color': '#c0392b', 'target-arrow-color': '#c0392b' },
      },
      { selector: 'edge.hover, edge:selected', style: { 'min-zoomed-font-size': 0, 'z-index': 20 } },
      {
        selector: 'edge:selected',
        style: { 'line-color': '#0b5cad', 'target-arrow-color': '#0b5cad', width: 5, 'font-weight': 'bold' },
      },
      { selector: '.on-path', style: { 'z-index': 10 } },
      { selector: 'edge.on-path', style: { 'line-color': '#0b5cad', 'target-arrow-color': '#0b5cad' } },
      { selector: '.faded', style: { opacity: 0.18 } },
      { selector: '.filtered-out, .orphaned', style: { display: 'none' } },
    ];
  }

  Object.assign(tiegraph, { edgeYear, evidenceCount, graphStyles });
})(window.tiegraph = window.tiegraph || {});
