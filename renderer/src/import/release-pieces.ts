import type { PieceRelease } from '../../../shared/import/xlsx/zip-entries';

/** Pieces handed back together: one message per eight keeps the cost to a few milliseconds a workbook. */
const piecesPerRelease = 8;

/**
 * Frees inflated pieces now rather than at the browser's next full collection: each piece's
 * memory is transferred into a message to a port that is already closed, which detaches it from
 * its buffer and drops it at once (a message to a closed port is discarded). Only a piece that
 * is its whole buffer is handed back, so no other view of the same memory is ever detached.
 */
export function releaseToClosedPort(): PieceRelease {
  const channel = new MessageChannel();
  channel.port2.close();
  let waiting: ArrayBuffer[] = [];
  return (piece) => {
    const { buffer } = piece;
    if (!(buffer instanceof ArrayBuffer) || piece.byteOffset !== 0 || piece.byteLength !== buffer.byteLength) return;
    waiting.push(buffer);
    if (waiting.length < piecesPerRelease) return;
    channel.port1.postMessage(null, waiting);
    waiting = [];
  };
}
