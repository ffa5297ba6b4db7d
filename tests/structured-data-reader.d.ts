// Types for the two untyped packages the tests use to read a story's structured data the way a search
// engine's tools would: @marbec/web-auto-extractor finds the JSON-LD, @adobe/structured-data-validator
// checks it against schema.org and Google's rich-result rules. Only what the tests touch is declared.

declare module '@marbec/web-auto-extractor' {
  export interface ExtractedData {
    jsonld: Record<string, unknown[]>;
    microdata: Record<string, unknown[]>;
    rdfa: Record<string, unknown[]>;
  }
  export default class WebAutoExtractor {
    constructor(options?: { addLocation?: boolean; embedSource?: ('rdfa' | 'microdata')[] });
    parse(html: string): ExtractedData;
  }
}

declare module '@adobe/structured-data-validator' {
  export interface ValidationIssue {
    rootType: string;
    severity: 'ERROR' | 'WARNING';
    issueMessage: string;
    fieldNames: string[];
  }
  export default class Validator {
    constructor(schemaOrgJson?: unknown);
    validate(data: unknown): Promise<ValidationIssue[]>;
  }
}
