/**
 * Client for the tiegraph REST API. Every call resolves to parsed JSON or rejects with an ApiError built from the
 * server's RFC 9457 problem+json answer (title, detail and the offending parameter), so the page can say what to fix.
 */
(function (tiegraph) {
  'use strict';

  class ApiError extends Error {
    constructor(status, title, detail, parameter) {
      super(detail ? `${title}: ${detail}` : title);
      this.status = status;
      this.title = title;
      this.detail = detail || '';
      this.parameter = parameter || null;
    }
  }

  /** A URL relative to the page (so the explorer also works behind a path prefix), with empty parameters left out. */
  function apiUrl(path, params = {}) {
    const url = new URL(path, document.baseURI);
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined && value !== null && value !== '') {
        url.searchParams.set(key, String(value));
      }
    }
    return url.toString();
  }

  async function problemFrom(response) {
    const contentType = response.headers.get('Content-Type') || '';
    if (contentType.includes('json')) {
      try {
        const problem = await response.json();
        const parameter = problem.parameter || problem.param
          || (Array.isArray(problem.invalidParams) && problem.invalidParams[0] && problem.invalidParams[0].name);
        return new ApiError(response.status, problem.title || response.statusText || 'Request failed',
          problem.detail || '', parameter);
      } catch (ignored) {
        // fall through to the generic message: the body was not the JSON it claimed to be
      }
    }
    return new ApiError(response.status, response.statusText || 'Request failed',
      `The server answered HTTP ${response.status}.`);
  }

  async function fetchOk(url, accept) {
    let response;
    try {
      response = await fetch(url, { headers: { Accept: accept } });
    } catch (networkError) {
      throw new ApiError(0, 'The API cannot be reached',
        'Check that the tiegraph server is running, then try again.');
    }
    if (!response.ok) {
      throw await problemFrom(response);
    }
    return response;
  }

  async function getJson(path, params) {
    const response = await fetchOk(apiUrl(path, params), 'application/json');
    return response.json();
  }

  const segment = value => encodeURIComponent(value);

  /** Remembers answers that never change while the page is open (sentences, documents). */
  function memoised(load) {
    const cache = new Map();
    return key => {
      if (!cache.has(key)) {
        const pending = load(key);
        pending.catch(() => cache.delete(key));
        cache.set(key, pending);
      }
      return cache.get(key);
    };
  }

  const api = {
    /**
     * Health as it is, also while the database starts (503): {ok, loading} where loading is {complete, phase, done,
     * total, current}; null when the server cannot be reached.
     */
    async health() {
      try {
        const response = await fetch(apiUrl('api/health'), { headers: { Accept: 'application/json' } });
        const body = await response.json();
        return { ok: response.ok, loading: body.loading || null };
      } catch (unreachable) {
        return null;
      }
    },
    schema: () => getJson('api/schema'),
    searchEntities: (q, limit = 8) => getJson('api/entities', { q, limit }),
    entity: id => getJson(`api/entities/${segment(id)}`),
    /** One edge with a window of its evidence (all of it, up to 500 quotes, by default). */
    edge: (id, limit = 500, offset = 0) => getJson(`api/edges/${segment(id)}`, { limit, offset }),
    neighborhoodPath: (id, depth, limit) => ['api/entities/' + segment(id) + '/neighborhood', { depth, limit }],
    /** `options`: edgeTypes, modality and coherent, as PathOptions gives them. */
    pathsPath: ({ from, to, via, maxHops, limit }, options = {}) => ['api/paths', { from, to, via, maxHops, limit, ...options }],
    patternPath: (pattern, limit, options = {}) => ['api/paths/pattern', { p: pattern, limit, ...options }],
    /** Runs a graph-shaped query given as [path, params] (see the *Path helpers). */
    graph: ([path, params]) => getJson(path, params),
    sentence: memoised(id => getJson(`api/sentences/${segment(id)}`)),
    document: memoised(id => getJson(`api/documents/${segment(id)}`)),
    /** The sentences within `window` of sentence `around` (null: the start) with their section, page and facts. */
    passage: (id, around, window) => getJson(`api/documents/${segment(id)}/passage`, { around, window }),
    footnotes: id => getJson(`api/documents/${segment(id)}/footnotes`),
    /**
     * Uploads a document (a FormData with `file` and the metadata fields) with the write token; resolves to the load
     * report (loaded, unchanged, duplicate), rejects with an ApiError (a failed load's report in `report`).
     */
    async upload(form, token) {
      let response;
      try {
        response = await fetch(apiUrl('api/documents'), {
          method: 'POST', body: form, headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
        });
      } catch (networkError) {
        throw new ApiError(0, 'The API cannot be reached', 'Check that the tiegraph server is running, then try again.');
      }
      if (response.ok) {
        return response.json();
      }
      const error = await problemFrom(response.clone());
      error.report = await response.json().then(problem => problem.report || null, () => null);
      return Promise.reject(error);
    },
    /** The same graph-shaped query in another format of the API (graphml, node-link, csv), as a Blob. */
    async graphAs([path, params], format) {
      const response = await fetchOk(apiUrl(path, { ...params, format }), '*/*');
      return response.blob();
    },
  };

  /** The document view of a sentence: documents/{id}#{sentence id}, relative to the page. */
  function documentViewUrl(documentId, sentenceId) {
    const url = new URL(`documents/${segment(documentId)}`, document.baseURI);
    if (sentenceId) {
      url.hash = segment(sentenceId);
    }
    return url.toString();
  }

  Object.assign(tiegraph, { ApiError, apiUrl, api, documentViewUrl });
})(window.tiegraph = window.tiegraph || {});
