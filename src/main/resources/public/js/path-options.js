/**
 * What paths and patterns may follow beyond the API's defaults: relation types the catalogue leaves out of traversal
 * (RELATED_TO, the adversarial ones; `traverse: false` in /api/schema), denied relations, and incoherent paths
 * (through a generic entity no single passage joins). Turns the choices into the API's edgeTypes, modality and
 * coherent parameters.
 */
(function (tiegraph) {
  'use strict';

  const { el } = tiegraph;
  const MODALITIES = ['asserted', 'reported', 'possible', 'planned', 'denied'];

  class PathOptions {
    constructor(list, denied, incoherent) {
      this.list = list;
      this.denied = denied;
      this.incoherent = incoherent;
      this.schema = null;
    }

    setSchema(schema) {
      this.schema = schema;
      const excluded = [...schema.edgeTypes.values()].filter(type => type.traverse === false);
      this.list.replaceChildren(...excluded.map(type => el('li', { title: type.description || '' },
        el('label', { className: 'check' },
          el('input', { type: 'checkbox', id: `path-follow-${type.name}`, dataset: { edgeType: type.name } }),
          el('span', { className: 'edge-type' }, type.name)))));
    }

    extraTypes() {
      return [...this.list.querySelectorAll('input:checked')].map(box => box.dataset.edgeType);
    }

    /** The query parameters for /api/paths and /api/paths/pattern; empty when the defaults apply. */
    params() {
      const params = {};
      const extra = this.extraTypes();
      if (extra.length > 0 && this.schema) {
        const followed = [...this.schema.edgeTypes.values()].filter(type => type.traverse !== false).map(type => type.name);
        params.edgeTypes = [...followed, ...extra].join(',');
      }
      if (this.denied.checked) {
        params.modality = MODALITIES.join(',');
      }
      if (this.incoherent.checked) {
        params.coherent = 'false';
      }
      return params;
    }

    /** How the choices widen the search, for the summary ("" with the defaults). */
    describe() {
      const parts = [];
      const extra = this.extraTypes();
      if (extra.length > 0) {
        parts.push(`also following ${extra.join(', ')}`);
      }
      if (this.denied.checked) {
        parts.push('denied relations included');
      }
      if (this.incoherent.checked) {
        parts.push('incoherent paths included');
      }
      return parts.length > 0 ? ` (${parts.join('; ')})` : '';
    }
  }

  Object.assign(tiegraph, { PathOptions });
})(window.tiegraph = window.tiegraph || {});
