// A parser for text/event-stream (HTML Living Standard, "Server-sent events", parsing rules) fed
// by chunks of a fetch() body. The browser's EventSource cannot send an Authorization header, so
// the client reads the stream itself.

/** Turns chunks of text into events `{ id, event, data }`; comments and retry lines are dropped. */
export class EventStreamParser {
  constructor(onEvent) {
    this.onEvent = onEvent;
    this.buffer = '';
    this.reset();
  }

  reset() {
    this.data = [];
    this.event = '';
    this.id = null;
  }

  /** Feeds the next piece of text (any split, including inside a line or a CRLF). */
  push(text) {
    this.buffer += text;
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.buffer);
      if (!match) {
        return;
      }
      // A lone CR at the very end may be the first half of a CRLF: wait for more.
      if (match[0] === '\r' && match.index === this.buffer.length - 1) {
        return;
      }
      const line = this.buffer.slice(0, match.index);
      this.buffer = this.buffer.slice(match.index + match[0].length);
      this.line(line);
    }
  }

  line(line) {
    if (line === '') {
      if (this.data.length > 0) {
        this.onEvent({ id: this.id, event: this.event || 'message', data: this.data.join('\n') });
      }
      this.reset();
      return;
    }
    if (line.startsWith(':')) {
      return;
    }
    const colon = line.indexOf(':');
    const name = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) {
      value = value.slice(1);
    }
    if (name === 'data') {
      this.data.push(value);
    } else if (name === 'event') {
      this.event = value;
    } else if (name === 'id' && !value.includes('\0')) {
      this.id = value;
    }
  }
}
