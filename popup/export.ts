/**
 * The export: the report as Markdown and JSON files the reader downloads from the popup. No permission is
 * involved: each file is a Blob behind an object URL, offered by an <a download> link.
 */
import { reportToJson, reportToMarkdown } from '../src/score/report-markdown.ts';
import type { Report } from '../src/types.ts';

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** A file-name-safe stem from where the policy came from: "example.com" from "https://www.example.com/privacy". */
export function fileStem(source: string): string {
  let host = source;
  try {
    host = new URL(source).hostname.replace(/^www\./, '');
  } catch {
    // Not a URL (a file name, or nothing known): use it as it is.
  }
  const stem = host.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '');
  return `policy-lens-${stem || 'report'}`;
}

export function exportFiles(report: Report, source: string, date: string): ExportFile[] {
  const stem = fileStem(source);
  return [
    { name: `${stem}.md`, type: 'text/markdown', text: reportToMarkdown(report, { source, date }) },
    { name: `${stem}.json`, type: 'application/json', text: reportToJson(report, { source, date }) },
  ];
}
