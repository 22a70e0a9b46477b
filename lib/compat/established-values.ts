/**
 * Values that the established `sipgateio` package exported from its deep-import paths
 * (`sipgateio/dist/history`, …) but not from its main entry. Like `established-types.ts`, they
 * are served only under those paths (`sipgateio-sdk/dist/<module>`), so code that used them keeps
 * running after the switch without their joining this package's main API.
 */

/**
 * The `starred` query value of the history filter (the same members as `Starred`). An enum at
 * run time, as it was there: `StarredDTO.STARRED` is a value, not only a type.
 */
export enum StarredDTO {
  STARRED = 'STARRED',
  UNSTARRED = 'UNSTARRED',
}
