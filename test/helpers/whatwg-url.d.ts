// The one export the tests use from whatwg-url (the URL Standard's reference implementation);
// its shape is the platform's URLSearchParams.
declare module 'whatwg-url' {
  export const URLSearchParams: typeof globalThis.URLSearchParams;
}
