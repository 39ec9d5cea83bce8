/** A JSON schema as the OpenAPI document of the api gives it (class-validator-jsonschema). */
export interface Schema {
  type?: string;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  example?: Record<string, unknown>;
  $ref?: string;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
}

export function resolve(schema: Schema, document: OpenApiDocument): Schema {
  return schema.$ref ? (document.components.schemas[schema.$ref.split('/').pop() as string] ?? {}) : schema;
}

/** A value the schema accepts, made from its constraints (the shape of a valid request, not a meaningful one). */
export function sample(schemaIn: Schema, document: OpenApiDocument, depth = 0): unknown {
  const schema = resolve(schemaIn, document);
  if (schema.example !== undefined && depth > 0) return schema.example;
  const choice = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (choice) return sample(choice, document, depth + 1);
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'integer':
    case 'number':
      return schema.minimum ?? Math.min(1, schema.maximum ?? 1);
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items ?? {}, document, depth + 1));
    case 'string':
      if (schema.format === 'uuid') return '00000000-0000-4000-8000-00000000000f';
      if (schema.format === 'date-time') return new Date().toISOString();
      if (schema.format === 'date') return new Date().toISOString().slice(0, 10);
      if (schema.pattern) {
        const pattern = new RegExp(schema.pattern);
        const today = new Date().toISOString().slice(0, 10);
        const fits = [today, `${today}T00:00:00.000Z`, 's-sample', 'c-sample', 'd-sample', 'sample-1', 'A1', '1'].find(
          (candidate) => pattern.test(candidate),
        );
        if (fits) return fits;
      }
      return '测试'.repeat(Math.max(1, Math.ceil((schema.minLength ?? 2) / 2))).slice(0, schema.maxLength ?? 1000);
    default: {
      if (!schema.properties) return {};
      const body: Record<string, unknown> = { ...(depth === 0 ? schema.example : {}) };
      for (const name of schema.required ?? [])
        if (!(name in body)) body[name] = sample(schema.properties[name] ?? {}, document, depth + 1);
      return body;
    }
  }
}
