// The journal's refusals when records are missing: a gap between segments, or files that end too early.
import { DomainError, ErrorCode } from '../../../domain/errors.js';

export function gapError(path: string, expectedSeq: number, firstSeq: number): DomainError {
  return new DomainError(
    ErrorCode.StoreCorrupt,
    `journal segment ${path} starts at seq ${firstSeq}, but seq ${expectedSeq} was expected: ` +
      (firstSeq > expectedSeq ? `records ${expectedSeq}..${firstSeq - 1} are missing. ` : 'it overlaps the previous segment. ') +
      'Restore the data directory from a backup.',
    [],
    { file: path, expectedSeq, firstSeq },
  );
}

export function missingRecordsError(where: string, lastSeq: number, neededSeq: number): DomainError {
  return new DomainError(
    ErrorCode.StoreCorrupt,
    `the journal in ${where} ends at seq ${lastSeq}, but records up to seq ${neededSeq} must exist (a snapshot or an earlier read covers them): ` +
      'journal files are missing or were shortened. Restore the data directory from a backup.',
    [],
    { where, lastSeq, neededSeq },
  );
}
