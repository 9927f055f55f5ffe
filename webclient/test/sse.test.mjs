import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EventStreamParser } from '../src/sse.js';

test('events split anywhere, comments and CRLF line ends', () => {
  const events = [];
  const parser = new EventStreamParser((e) => events.push(e));
  const stream = ': keep-alive\r\n\r\nid: 7\r\nevent: message\r\ndata: {"seq":7}\r\n\r\nid: 8\ndata: a\ndata: b\n\n';
  for (const ch of stream) {
    parser.push(ch);
  }
  assert.deepEqual(events, [
    { id: '7', event: 'message', data: '{"seq":7}' },
    { id: '8', event: 'message', data: 'a\nb' },
  ]);
});
