import { describe, expect, it } from 'vitest';
import { numberInTitle, titleStatesNumber } from './chapter-title';

describe('numberInTitle', () => {
  it.each([
    ['Chapter 1: Loomings', 1],
    ['chapter 12 - The Mast-Head', 12],
    ['Ch. 3: The Spouter-Inn', 3],
    ['Ch 10: Now the Lamps', 10],
    ['Chap 2', 2],
    ['Chapter Two: The Carpet-Bag', 2],
    ['1. Loomings', 1],
    ['7', 7],
    ['Loomings', undefined],
    ['1851: A Year at Sea', 1851],
    ['Chapters of the Sea', undefined],
    ['Chapter Seventy', undefined],
    [undefined, undefined],
  ])('reads %j', (title, expected) => {
    expect(numberInTitle(title)).toBe(expected);
  });
});

describe('titleStatesNumber', () => {
  it.each([
    ['Chapter 1: Loomings', 1, true],
    ['Chapter 1: Loomings', undefined, true],
    ['Ch 10: Now the Lamps', 11, false],
    ['Loomings', 1, false],
    ['Loomings', undefined, false],
  ])('%j as chapter %j: %j', (title, number, expected) => {
    expect(titleStatesNumber(title, number)).toBe(expected);
  });
});
