/** Passes a stream through, reporting the bytes seen so far after each chunk (for progress). */
export async function* counted(
  stream: AsyncIterable<Uint8Array>,
  report: (bytes: number) => void,
): AsyncGenerator<Uint8Array> {
  let bytes = 0;
  for await (const chunk of stream) {
    bytes += chunk.byteLength;
    report(bytes);
    yield chunk;
  }
}
