/**
 * An accessible entity picker: a text input with a listbox of suggestions from GET /api/entities?q= (ARIA combobox
 * pattern: arrow keys move, Enter chooses, Escape closes). Remembers the chosen entity until the text is edited.
 */
(function (tiegraph) {
  'use strict';

  const { api } = tiegraph;

  const DEBOUNCE_MS = 180;

  class EntityCombobox {
    constructor(input, listbox, onChoose, colorOf = () => null) {
      this.input = input;
      this.colorOf = colorOf;
      this.listbox = listbox;
      this.onChoose = onChoose;
      this.items = [];
      this.active = -1;
      this.sequence = 0;
      this.timer = null;
      this.chosen = null;
      input.addEventListener('input', () => this.changed());
      input.addEventListener('keydown', event => this.keydown(event));
      input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
      input.addEventListener('focus', () => {
        if (this.items.length > 0 && !this.chosen) {
          this.open();
        }
      });
    }

    /** The entity picked from the list, or null when the text was typed freely. */
    value() {
      return this.chosen;
    }

    set(entity) {
      this.chosen = entity;
      this.input.value = entity ? entity.name : '';
      this.input.dataset.entityId = entity ? entity.id : '';
      this.close();
    }

    text() {
      return this.input.value.trim();
    }

    changed() {
      this.chosen = null;
      this.input.dataset.entityId = '';
      clearTimeout(this.timer);
      const query = this.text();
      if (query.length < 2) {
        this.items = [];
        this.close();
        return;
      }
      this.timer = setTimeout(() => this.suggest(query), DEBOUNCE_MS);
    }

    async suggest(query) {
      const mine = ++this.sequence;
      this.input.setAttribute('aria-busy', 'true');
      try {
        const answer = await api.searchEntities(query, 8);
        if (mine !== this.sequence) {
          return; // a newer keystroke already asked again
        }
        this.items = answer.items || [];
        this.render(query, null);
      } catch (error) {
        if (mine === this.sequence) {
          this.items = [];
          this.render(query, error);
        }
      } finally {
        if (mine === this.sequence) {
          this.input.removeAttribute('aria-busy');
        }
      }
    }

    /** Resolves free text to an entity: the chosen one, else the best match the API gives, else null. */
    async resolve() {
      if (this.chosen) {
        return this.chosen;
      }
      const query = this.text();
      if (!query) {
        return null;
      }
      const answer = await api.searchEntities(query, 1);
      const best = (answer.items || [])[0] || null;
      if (best) {
        this.set(best);
      }
      return best;
    }

    render(query, error) {
      this.listbox.replaceChildren();
      this.active = -1;
      if (error) {
        const li = document.createElement('li');
        li.className = 'suggestion-message error';
        li.textContent = `Search failed: ${error.title}${error.detail ? ` — ${error.detail}` : ''}`;
        this.listbox.appendChild(li);
      } else if (this.items.length === 0) {
        const li = document.createElement('li');
        li.className = 'suggestion-message';
        li.textContent = `No entity matches “${query}”. Try another spelling or an alias.`;
        this.listbox.appendChild(li);
      }
      this.items.forEach((item, index) => {
        const li = document.createElement('li');
        li.id = `${this.listbox.id}-option-${index}`;
        li.className = 'suggestion';
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.entityId = item.id;
        const name = document.createElement('span');
        name.className = 'suggestion-name';
        name.textContent = item.name || item.id;
        const type = document.createElement('span');
        type.className = 'type-badge';
        type.textContent = item.type || '';
        if (this.colorOf(item.type)) {
          type.style.setProperty('--type-color', this.colorOf(item.type));
        }
        li.append(name, type);
        const alias = this.matchingAlias(item, query);
        if (alias) {
          const aka = document.createElement('span');
          aka.className = 'suggestion-alias';
          aka.textContent = `also “${alias}”`;
          li.appendChild(aka);
        }
        li.addEventListener('mousedown', event => {
          event.preventDefault(); // keep focus in the input so blur does not close the list first
          this.choose(index);
        });
        this.listbox.appendChild(li);
      });
      this.open();
    }

    matchingAlias(item, query) {
      const needle = query.toLowerCase();
      if ((item.name || '').toLowerCase().includes(needle)) {
        return null;
      }
      return (item.aliases || []).find(alias => alias.toLowerCase().includes(needle)) || null;
    }

    open() {
      if (this.listbox.children.length === 0) {
        return;
      }
      this.listbox.hidden = false;
      this.input.setAttribute('aria-expanded', 'true');
    }

    close() {
      this.listbox.hidden = true;
      this.input.setAttribute('aria-expanded', 'false');
      this.input.removeAttribute('aria-activedescendant');
    }

    isOpen() {
      return !this.listbox.hidden;
    }

    move(delta) {
      if (this.items.length === 0) {
        return;
      }
      this.open();
      this.active = (this.active + delta + this.items.length) % this.items.length;
      [...this.listbox.querySelectorAll('[role="option"]')].forEach((li, index) => {
        const on = index === this.active;
        li.setAttribute('aria-selected', String(on));
        li.classList.toggle('active', on);
        if (on) {
          this.input.setAttribute('aria-activedescendant', li.id);
          li.scrollIntoView({ block: 'nearest' });
        }
      });
    }

    choose(index) {
      const item = this.items[index];
      if (!item) {
        return;
      }
      this.set(item);
      this.onChoose(item);
    }

    keydown(event) {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.move(1);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        this.move(-1);
      } else if (event.key === 'Escape') {
        if (this.isOpen()) {
          event.preventDefault();
          this.close();
        }
      } else if (event.key === 'Enter') {
        if (this.isOpen() && this.items.length > 0) {
          event.preventDefault();
          this.choose(Math.max(this.active, 0));
        }
      }
    }
  }

  Object.assign(tiegraph, { EntityCombobox });
})(window.tiegraph = window.tiegraph || {});
