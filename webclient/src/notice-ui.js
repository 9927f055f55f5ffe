// The facilitator's e-mail notice in the chat page's facilitation panel (docs/notifications.md):
// see, set and remove the one address this key keeps for the group. The calls go to the JSON API
// with this key's bearer session and no cookies, so no other site can make them. Members never see
// it: the server answers them 403 and the section stays hidden. Text nodes only.

import { failure, say, text } from './page.js';

const byId = (id) => document.getElementById(id);

/** The notice section; shown once the server confirms this key facilitates the group. */
export class NoticeSettings {
  constructor(api) {
    this.api = api;
  }

  async start() {
    let setting;
    try {
      setting = await this.api.notification();
    } catch (e) {
      if (!(e && e.name === 'ApiError' && e.status === 403)) {
        say('notice-error', failure(e));
        byId('notice').hidden = false;
      }
      return;
    }
    byId('notice').hidden = false;
    if (!setting.available) {
      byId('notice-off').hidden = false;
      return;
    }
    byId('notice-form').hidden = false;
    this.show(setting.address || null);
    byId('notice-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.change(async () => {
        const saved = await this.api.setNotification(byId('notice-address').value.trim());
        this.show(saved.address, 'chat.notify.saved');
      });
    });
    byId('notice-remove').addEventListener('click', () =>
      this.change(async () => {
        await this.api.removeNotification();
        this.show(null, 'chat.notify.removed');
      }),
    );
  }

  show(address, status) {
    byId('notice-address').value = address || '';
    byId('notice-remove').hidden = !address;
    say('notice-state', text(status || (address ? 'chat.notify.saved' : 'chat.notify.none')));
  }

  async change(work) {
    const buttons = byId('notice-form').querySelectorAll('button');
    buttons.forEach((b) => {
      b.disabled = true;
    });
    say('notice-error', '');
    try {
      await work();
    } catch (e) {
      say('notice-error', failure(e));
      byId('notice-address').focus();
    } finally {
      buttons.forEach((b) => {
        b.disabled = false;
      });
    }
  }
}
