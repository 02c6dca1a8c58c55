import type { SaxesTagPlain } from 'saxes';
import { decodeCharacterEscapes } from './cell-rules.js';

/**
 * What one <c> element holds, gathered from its SAX events the way exceljs's cell xform
 * gathers it: the text of every <v> and <t> run together, the formula's text and sharing
 * attributes, an inline string's rich-text runs. One object, refilled for each cell.
 */
export type CellElement = {
  ref: string | undefined;
  /** The s attribute as exceljs reads it: 0 when absent, zero or not a number. */
  styleId: number;
  type: string | undefined;
  text: string | undefined;
  /** The formula's text; undefined when <f> is absent or empty. */
  formula: string | undefined;
  shareType: string | undefined;
  shareId: string | undefined;
  shareRef: string | undefined;
  runs: string[] | null;
};

export type CellElementReader = {
  readonly cell: CellElement;
  readonly start: (tag: SaxesTagPlain) => void;
  /** Elements inside the cell, with their depth in the sheet. */
  readonly open: (tag: SaxesTagPlain, depth: number) => void;
  readonly text: (piece: string) => void;
  readonly close: (name: string, depth: number) => void;
};

export function cellElementReader(): CellElementReader {
  const cell: CellElement = { ref: undefined, styleId: 0, type: undefined, text: undefined, formula: undefined, shareType: undefined, shareId: undefined, shareRef: undefined, runs: null };
  // Which text is being collected: 0 none, 1 the formula, 2 the value (<v>, or <t> of an inline string).
  let collecting = 0;
  let inRun = false;
  let runText = '';
  let runPieces: string[] | null = null;
  // The depth of a phonetic guide (<rPh>) being skipped: its reading is not the cell's text.
  let skipFrom = 0;

  return {
    cell,
    start: (tag) => {
      cell.ref = tag.attributes.r;
      cell.styleId = tag.attributes.s ? parseInt(tag.attributes.s, 10) || 0 : 0;
      cell.type = tag.attributes.t;
      cell.text = cell.formula = cell.shareType = cell.shareId = cell.shareRef = undefined;
      cell.runs = null;
      collecting = skipFrom = 0;
      inRun = false;
    },
    open: (tag, depth) => {
      if (skipFrom) return;
      if (tag.name === 'rPh') skipFrom = depth;
      else if (inRun) {
        if (tag.name === 't') runPieces = [];
      } else if (tag.name === 'f') {
        collecting = 1;
        cell.shareType = tag.attributes.t;
        cell.shareId = tag.attributes.si;
        cell.shareRef = tag.attributes.ref;
      } else if (tag.name === 'v' || tag.name === 't') {
        collecting = 2;
      } else if (tag.name === 'r') {
        inRun = true;
        runText = '';
        runPieces = null;
      }
    },
    text: (piece) => {
      if (skipFrom) return;
      if (inRun) runPieces?.push(piece);
      else if (collecting === 1) cell.formula = cell.formula === undefined ? piece : cell.formula + piece;
      else if (collecting === 2) cell.text = cell.text === undefined ? piece : cell.text + piece;
    },
    close: (name, depth) => {
      if (skipFrom) {
        if (depth === skipFrom) skipFrom = 0;
      } else if (inRun) {
        // Each run's text is read as shared strings are, "_x000D_" escapes undone.
        if (name === 't' && runPieces) {
          runText = decodeCharacterEscapes(runPieces.join(''));
          runPieces = null;
        } else if (name === 'r') {
          inRun = false;
          (cell.runs ??= []).push(runText);
        }
      } else if (name === 'f' || name === 'v' || name === 'is' || name === 't') {
        collecting = 0;
      }
    },
  };
}
