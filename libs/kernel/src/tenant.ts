/** A community (社区) id. Branded so that forgetting the tenant is a compile error. */
export type TenantId = string & { readonly __brand: 'TenantId' };
