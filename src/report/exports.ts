// The export catalogue: fetch through the app layer, render with the pure renderers; shared by the HTTP routes and the CLI.
import type { AppContext } from '../app/context.js';
import { exportClaims, parseStatuses, type ExportQuery } from '../app/export-data.js';
import { factCheckReportData, type ReportRequest } from '../app/report-data.js';
import { claimReviewsJsonLd, type Publisher } from './claimreview.js';
import { claimsCsv } from './claims-csv.js';
import { factCheckReportMarkdown } from './markdown-report.js';

export const EXPORT_KINDS = ['claimreview', 'csv', 'report'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportFile {
  body: string;
  contentType: string;
  /** A suggested file name, for Content-Disposition and the CLI's default. */
  filename: string;
}

export interface ExportSettings {
  /** ClaimReview.author: who publishes the verdicts. */
  publisher: Publisher;
  /** Absolute base URL of this service, for links back to each fact check (no trailing slash). */
  baseUrl: string;
}

/** The names of the filters (query parameters, CLI flags): the claim filters, plus report's scope (claim). */
export const EXPORT_PARAMS = ['subject', 'object', 'entity', 'predicate', 'source', 'status', 'period', 'text', 'claim'] as const;

/** Filters as plain strings (query parameters, CLI flags). */
export type ExportParams = Partial<Record<(typeof EXPORT_PARAMS)[number], string | null>>;

export function exportQueryOf(params: ExportParams): ExportQuery {
  return {
    subject: params.subject,
    object: params.object,
    entity: params.entity,
    predicate: params.predicate,
    source: params.source,
    status: parseStatuses(params.status),
    period: params.period,
    text: params.text,
  };
}

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'report';

export const reviewPageUrl = (baseUrl: string, claimId: string): string => `${baseUrl}/export/report.md?claim=${encodeURIComponent(claimId)}`;

export async function runExport(app: AppContext, kind: ExportKind, params: ExportParams, settings: ExportSettings): Promise<ExportFile> {
  switch (kind) {
    case 'claimreview': {
      const items = await exportClaims(app, { ...exportQueryOf(params), reviewedOnly: true });
      const documents = claimReviewsJsonLd(items, { publisher: settings.publisher, reviewUrl: (item) => reviewPageUrl(settings.baseUrl, item.claim.id) });
      return { body: `${JSON.stringify(documents, null, 2)}\n`, contentType: 'application/ld+json; charset=utf-8', filename: 'claimreview.jsonld' };
    }
    case 'csv': {
      const items = await exportClaims(app, exportQueryOf(params));
      // RFC 4180's optional header parameter tells a reader the first record names the columns.
      return { body: claimsCsv(items), contentType: 'text/csv; charset=utf-8; header=present', filename: 'claims.csv' };
    }
    case 'report': {
      const request: ReportRequest = { source: params.source, entity: params.entity, claim: params.claim };
      const data = await factCheckReportData(app, request);
      const name = data.scope.kind === 'source' ? data.scope.source.url : data.scope.kind === 'entity' ? data.scope.entity.name : data.scope.claim.id;
      return { body: factCheckReportMarkdown(data), contentType: 'text/markdown; charset=utf-8; variant=CommonMark', filename: `report-${slug(name)}.md` };
    }
  }
}
