// class-transformer ships no types beside its CommonJS build; its metadata storage is the one
// class-validator-jsonschema needs to follow @Type() into nested DTOs.
declare module 'class-transformer/cjs/storage.js' {
  import type { MetadataStorage } from 'class-transformer/types/MetadataStorage.js';
  export const defaultMetadataStorage: MetadataStorage;
}
