/**
 * What the explorer page tells the analyst about its own state: the status line, the error banner, the loading veil
 * over the canvas, the notice that an answer was cut short, and the server's progress while it starts.
 */
(function (tiegraph) {
  'use strict';

  const { $, api, ApiError } = tiegraph;

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
  async function followStart(loadSchema) {
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

  const pageStatus = { status, showError, clearError, busy, noteTruncation, followStart };

  Object.assign(tiegraph, { pageStatus });
})(window.tiegraph = window.tiegraph || {});
