// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiBody, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** OAuth clients of the account (create, read, update, delete, GDPR links). Create it with `createAuthorizationModule(client)`. */
export interface AuthorizationModule {
  /**
   * List all OAuth 2.0 clients. `GET /authorization/oauth2/clients`
   * @example
   * ```ts
   * await authorization.listClients();
   * ```
   */
  listClients(options?: RequestOptions): Promise<ApiResult<'GET /authorization/oauth2/clients'>>;
  /**
   * Create a new OAuth 2.0 client. `POST /authorization/oauth2/clients`
   * @example
   * ```ts
   * await authorization.createClient({ name: 'CRM', description: 'Calls from our CRM', redirectUris: ['https://crm.example.com/oauth/callback'], webOrigins: ['https://crm.example.com'], privacyUrl: 'https://crm.example.com/privacy', termsUrl: 'https://crm.example.com/terms' });
   * ```
   */
  createClient(body: ApiBody<'POST /authorization/oauth2/clients'>, options?: RequestOptions): Promise<ApiResult<'POST /authorization/oauth2/clients'>>;
  /**
   * Get a specific OAuth 2.0 client. `GET /authorization/oauth2/clients/{clientId}`
   * @example
   * ```ts
   * await authorization.getClient('c0');
   * ```
   */
  getClient(clientId: string, options?: RequestOptions): Promise<ApiResult<'GET /authorization/oauth2/clients/{clientId}'>>;
  /**
   * Update an existing OAuth 2.0 client. `PUT /authorization/oauth2/clients/{clientId}`
   * @example
   * ```ts
   * await authorization.updateClient('c0', { name: 'CRM', description: 'Calls from our CRM', redirectUris: ['https://crm.example.com/oauth/callback'], webOrigins: ['https://crm.example.com'], privacyUrl: 'https://crm.example.com/privacy', termsUrl: 'https://crm.example.com/terms' });
   * ```
   */
  updateClient(clientId: string, body: ApiBody<'PUT /authorization/oauth2/clients/{clientId}'>, options?: RequestOptions): Promise<ApiResult<'PUT /authorization/oauth2/clients/{clientId}'>>;
  /**
   * Delete an existing OAuth 2.0 client. `DELETE /authorization/oauth2/clients/{clientId}`
   * @example
   * ```ts
   * await authorization.deleteClient('c0');
   * ```
   */
  deleteClient(clientId: string, options?: RequestOptions): Promise<ApiResult<'DELETE /authorization/oauth2/clients/{clientId}'>>;
  /**
   * Get the GDPR URLs of a specific OAuth 2.0 client. `GET /authorization/oauth2/clients/{clientId}/gdpr`
   * @example
   * ```ts
   * await authorization.getClientGdprUrls('c0');
   * ```
   */
  getClientGdprUrls(clientId: string, options?: RequestOptions): Promise<ApiResult<'GET /authorization/oauth2/clients/{clientId}/gdpr'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const AUTHORIZATION_ROUTES = {
  listClients: 'GET /authorization/oauth2/clients',
  createClient: 'POST /authorization/oauth2/clients',
  getClient: 'GET /authorization/oauth2/clients/{clientId}',
  updateClient: 'PUT /authorization/oauth2/clients/{clientId}',
  deleteClient: 'DELETE /authorization/oauth2/clients/{clientId}',
  getClientGdprUrls: 'GET /authorization/oauth2/clients/{clientId}/gdpr',
} as const;
