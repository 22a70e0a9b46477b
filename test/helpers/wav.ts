/** A canonical 44-byte WAV header followed by `seconds` of silence, in the given format (`format` 1 is PCM). */
export function wav({ channels = 1, sampleRate = 8000, bits = 16, format = 1, seconds = 0.05 } = {}): Buffer {
  const byteRate = sampleRate * channels * (bits / 8);
  const dataSize = Math.round(byteRate * seconds);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + dataSize, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(format, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(byteRate, 28);
  header.writeUInt16LE(channels * (bits / 8), 32);
  header.writeUInt16LE(bits, 34);
  header.write('data', 36);
  header.writeUInt32LE(dataSize, 40);
  return Buffer.concat([header, Buffer.alloc(dataSize)]);
}
