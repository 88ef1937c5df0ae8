'use strict';
// Caps a module's own linear memory by rewriting its memory section: the engine then refuses
// to grow it past the cap (memory.grow returns -1, which the guest's allocator reports as an
// allocation failure). node:wasi has no memory limit of its own; this is the fallback's.

const PAGE = 64 * 1024;
const MEMORY_SECTION = 5;

/**
 * A copy of `bytes` (a wasm binary) whose defined memories have at most `maxBytes`. Throws
 * when the module starts with more memory than that, or has a memory this cannot cap.
 */
function capMemory(bytes, maxBytes) {
  const maxPages = Math.floor(maxBytes / PAGE);
  if (bytes.length < 8 || bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  const out = [bytes.subarray(0, 8)];
  let offset = 8;
  let found = false;
  while (offset < bytes.length) {
    const id = bytes[offset];
    const size = readUleb(bytes, offset + 1);
    const contentStart = size.next;
    const contentEnd = contentStart + size.value;
    if (contentEnd > bytes.length) throw new Error('truncated wasm section');
    if (id === MEMORY_SECTION) {
      found = true;
      const content = rewriteMemories(bytes.subarray(contentStart, contentEnd), maxPages);
      out.push(Buffer.from([id]), writeUleb(content.length), content);
    } else {
      out.push(bytes.subarray(offset, contentEnd));
    }
    offset = contentEnd;
  }
  if (!found) throw new Error('the module defines no memory to cap');
  return Buffer.concat(out);
}

function rewriteMemories(section, maxPages) {
  const count = readUleb(section, 0);
  const parts = [writeUleb(count.value)];
  let offset = count.next;
  for (let i = 0; i < count.value; i++) {
    const flags = section[offset];
    if (flags !== 0 && flags !== 1) throw new Error(`memory with flags ${flags} (shared or 64-bit) cannot be capped`);
    const min = readUleb(section, offset + 1);
    let next = min.next;
    let max = maxPages;
    if (flags === 1) {
      const declared = readUleb(section, next);
      max = Math.min(declared.value, maxPages);
      next = declared.next;
    }
    if (min.value > max) {
      throw new Error(`the module needs ${(min.value * PAGE) / 2 ** 20} MiB of memory to start, above the limit`);
    }
    parts.push(Buffer.from([1]), writeUleb(min.value), writeUleb(max));
    offset = next;
  }
  if (offset !== section.length) throw new Error('unexpected bytes after the memories');
  return Buffer.concat(parts);
}

function readUleb(bytes, offset) {
  let value = 0;
  let scale = 1;
  for (let i = offset; i < bytes.length && i < offset + 5; i++) {
    value += (bytes[i] & 0x7f) * scale;
    scale *= 128;
    if (!(bytes[i] & 0x80)) return { value, next: i + 1 };
  }
  throw new Error('bad LEB128 number in the wasm module');
}

function writeUleb(value) {
  const bytes = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    bytes.push(byte);
  } while (value > 0);
  return Buffer.from(bytes);
}

module.exports = { capMemory, PAGE };
