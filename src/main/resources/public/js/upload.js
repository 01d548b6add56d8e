/**
 * Adding a document from the page: the file with its title, date, author and source, sent with the write token to
 * POST /api/documents; the load report is shown when the server is done (what went in, what was refused), with a link
 * to the new document's view. The token is kept for this tab only (sessionStorage) when the user asks.
 */
(function (tiegraph) {
  'use strict';

  const { api, documentViewUrl, el } = tiegraph;
  const TOKEN_KEY = 'tiegraph.writeToken';
  const MAX_BYTES = 20 * 1024 * 1024;
  const EXTENSIONS = ['pdf', 'txt', 'md', 'markdown', 'html', 'htm'];
  const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

  const COUNTS = [['sections', 'sections'], ['sentences', 'sentences'], ['footnotes', 'footnotes'],
    ['sources', 'sources'], ['entities', 'entities'], ['entitiesNew', 'new entities'], ['mentions', 'mentions'],
    ['edges', 'relations'], ['evidence', 'quotes']];

  class UploadForm {
    /** `onLoaded(report)` runs after a document went in (the page refreshes its counts). */
    constructor(form, reportBox, onLoaded) {
      this.form = form;
      this.reportBox = reportBox;
      this.onLoaded = onLoaded;
      this.field = name => form.querySelector(`[name="${name}"]`);
      const stored = sessionStorage.getItem(TOKEN_KEY);
      if (stored) {
        this.field('token').value = stored;
        this.field('keepToken').checked = true;
      }
      form.addEventListener('submit', event => {
        event.preventDefault();
        this.submit();
      });
    }

    /** What is wrong with the form, in words, or null. */
    problem() {
      const file = this.field('file').files[0];
      if (!file) {
        return 'Choose the document file first.';
      }
      const extension = file.name.includes('.') ? file.name.split('.').pop().toLowerCase() : '';
      if (!EXTENSIONS.includes(extension)) {
        return `“${file.name}” is not a document the loader reads (${EXTENSIONS.join(', ')}).`;
      }
      if (file.size > MAX_BYTES) {
        return `“${file.name}” is larger than the upload cap of 20 MB.`;
      }
      const date = this.field('date').value.trim();
      if (date && !DATE.test(date)) {
        return 'The date must be a year or an ISO date: 2025, 2025-03 or 2025-03-14.';
      }
      if (!this.field('token').value.trim()) {
        return 'Writing needs the server’s write token.';
      }
      return null;
    }

    async submit() {
      const problem = this.problem();
      if (problem) {
        this.show(el('p', { className: 'upload-error', role: 'alert' }, problem));
        return;
      }
      const token = this.field('token').value.trim();
      if (this.field('keepToken').checked) {
        sessionStorage.setItem(TOKEN_KEY, token);
      } else {
        sessionStorage.removeItem(TOKEN_KEY);
      }
      const body = new FormData();
      body.append('file', this.field('file').files[0]);
      for (const name of ['title', 'date', 'author', 'source']) {
        const value = this.field(name).value.trim();
        if (value) {
          body.append(name, value);
        }
      }
      const button = this.form.querySelector('button[type="submit"]');
      button.disabled = true;
      this.show(el('p', { className: 'muted' }, 'Loading the document: reading, extracting, writing…'));
      try {
        const report = await api.upload(body, token);
        this.show(this.reportView(report));
        if (report.status === 'loaded') {
          this.onLoaded(report);
        }
      } catch (error) {
        this.show(el('div', {},
          el('p', { className: 'upload-error', role: 'alert' }, `${error.title}${error.status ? ` (${error.status})` : ''}: `
            + error.detail),
          error.report ? this.reportView(error.report) : null));
      } finally {
        button.disabled = false;
      }
    }

    reportView(report) {
      const said = {
        loaded: 'Loaded', unchanged: 'Already loaded, unchanged', duplicate: 'The same text is already loaded',
        failed: 'Not loaded',
      }[report.status] || report.status;
      const view = el('div', { id: 'load-report', className: 'load-report', dataset: { status: report.status } },
        el('h3', {}, `${said}: ${report.title || report.file || report.documentId || ''}`),
        report.message ? el('p', {}, report.message) : null,
        el('dl', { className: 'facts' }, COUNTS.flatMap(([key, label]) =>
          (typeof report[key] === 'number' ? [el('dt', {}, label), el('dd', { dataset: { count: key } }, String(report[key]))] : []))));
      const rejected = report.rejected || [];
      if (rejected.length > 0) {
        view.append(el('details', {}, el('summary', {}, `${rejected.length} relation${rejected.length === 1 ? '' : 's'} refused`),
          el('ul', {}, rejected.map(r => el('li', {}, `${r.source} ${r.type} ${r.target}: ${r.reason}`)))));
      }
      const unresolved = report.unresolved || [];
      if (unresolved.length > 0) {
        view.append(el('p', { className: 'muted' }, `Unresolved mentions: ${unresolved.join(', ')}`));
      }
      if (report.documentId && report.status !== 'failed') {
        view.append(el('a', { id: 'load-report-link', href: documentViewUrl(report.documentId), target: '_blank',
          rel: 'noopener' }, 'Read the document'));
      }
      return view;
    }

    show(content) {
      this.reportBox.replaceChildren(content);
      this.reportBox.scrollIntoView({ block: 'nearest' });
    }
  }

  Object.assign(tiegraph, { UploadForm });
})(window.tiegraph = window.tiegraph || {});
