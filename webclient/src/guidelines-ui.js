// Guidelines versions in the chat page: joining accepts the version the page showed; when the
// facilitators publish a new version, the chat shows it until the member accepts it.

import { failure, say, text } from './page.js';

const byId = (id) => document.getElementById(id);

/** Joining meant ticking "I accept the guidelines" for the version on the page. */
export async function acceptOnJoin(member, version) {
  try {
    await member.api.acceptGuidelines(version);
  } catch {
    // They changed meanwhile: the chat asks again.
  }
}

/** Shows the current guidelines with an accept button when this key has not accepted them. */
export async function checkGuidelines(member) {
  try {
    const status = await member.api.guidelines();
    byId('guidelines-new').dataset.checked = String(status.accepted);
    if (status.accepted >= status.version) {
      byId('guidelines-new').hidden = true;
      return;
    }
    byId('guidelines-new-text').textContent = status.guidelines;
    byId('guidelines-new').hidden = false;
    byId('guidelines-accept').onclick = async () => {
      say('guidelines-error', '');
      try {
        await member.api.acceptGuidelines(status.version);
        byId('guidelines-new').hidden = true;
        say('chat-status', text('chat.guidelines.accepted'));
      } catch (e) {
        say('guidelines-error', failure(e));
        checkGuidelines(member);
      }
    };
  } catch (e) {
    say('chat-status', failure(e));
  }
}
