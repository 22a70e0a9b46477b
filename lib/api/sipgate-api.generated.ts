/**
 * GENERATED FILE: do not edit. `npm run generate` rebuilds it from sipgate's OpenAPI contract
 * (sipgate-openapi.yaml, info.version 2.0.0) with openapi-typescript, after the overlay in
 * scripts/contract-overlay.ts corrects the contract's documented defects. Types only.
 *
 * @packageDocumentation
 */
export interface paths {
  "/blacklist/incoming": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get your incoming blacklist entries */
    get: operations["getIncomingEntries"];
    put?: never;
    /** Create a new incoming blacklist entry */
    post: operations["addIncomingEntry"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/blacklist/incoming/{phoneNumber}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete an incoming blacklist entry */
    delete: operations["removeIncomingEntry"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/autorecordings/greetings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Fetch the current automated call recording greeting */
    get: operations["getGreeting"];
    put?: never;
    /** Save a greeting to be used for automated call recordings */
    post: operations["addAutorecordingGreeting"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/autorecordings/greetings/{greetingId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete the greeting used for automated call recordings */
    delete: operations["deleteGreeting"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/autorecordings/{extension}/settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the recording setting of a device */
    get: operations["getSetting"];
    /** Set the recording setting of a device */
    put: operations["updateSetting"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/calls": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all calls currently established calls. The response does not contain ringing calls or currently running voicemail recordings. */
    get: operations["getCalls"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/calls/{callId}/muted": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Mute/Unmute yourself */
    put: operations["setCallMuted"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/calls/{callId}/recording": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Start or stop a call recording */
    put: operations["setCallRecording"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/calls/{callId}/announcements": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start playing a new announcement to all participants
     * @description Currently the sound file needs to be a mono 16bit PCM WAV file with a sampling rate of 8kHz. MP3 conversion example: mpg123 --rate 8000 --mono -w output.wav input.mp3
     */
    post: operations["startCallAnnouncement"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/calls/{callId}/transfer": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Transfer call */
    post: operations["transferCall"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/calls/{callId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Hang up call */
    delete: operations["hangupCall"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/calls/{callId}/dtmf": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send DTMF tone sequences to all participants */
    post: operations["sendCallDtmf"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/calls/{callId}/hold": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Hold/Resume all participants */
    put: operations["setCallHold"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/restrictions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List all restrictions based on the user's product
     * @description Get restrictions for actions the authenticated user can perform for himself or another user.
     */
    get: operations["getRestrictions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get all top level API URLs */
    get: operations["getUrls"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get account data */
    get: operations["getAccount"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/account/verified": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Verify your account */
    put: operations["verify"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/addresses": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all addresses */
    get: operations["getAddresses"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/addresses/itemCount": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the number of addresses */
    get: operations["getItemCount"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/addresses/{addressId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a specific address */
    get: operations["getAddress"];
    /**
     * Update an existing address
     * @description <strong>Warning:</strong> Depending on your country of residence, a change of your address may lead to the deactivation of associated telephone numbers.
     */
    put: operations["modifyAddress"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/addresses/{addressId}/numbers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all phone numbers of a specific address */
    get: operations["getAddressNumbers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/app/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all active events for this account */
    get: operations["getEvents"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/app/events/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a specific event */
    delete: operations["deleteEvent"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/app/links": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all external URLs of app.sipgate.com */
    get: operations["getLinks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/app/properties": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all properties of app.sipgate.com */
    get: operations["getProperties"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/app/tacs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check if terms and conditions have been accepted */
    get: operations["getTac"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/app/users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Fetch all users with numbers, addresses and call restrictions */
    get: operations["getUsers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/authorization/userinfo": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get information about the logged in user */
    get: operations["userinfo"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/balance": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the account balance */
    get: operations["getBalance"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/callrestrictions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get call restrictions data */
    get: operations["getCallRestrictions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/contacts/internal": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all account contacts */
    get: operations["getAllContacts"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/devices/{deviceId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a specific device */
    get: operations["getDevice"];
    /** Update settings for an existing device */
    put: operations["changeDeviceSettings"];
    post?: never;
    /** Delete an existing device */
    delete: operations["deleteDevice"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/devices/{deviceId}/alias": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update alias for an existing device */
    put: operations["changeDeviceAlias"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/devices/{deviceId}/callerid": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the caller ID of a specific device */
    get: operations["getCallerId"];
    /** Update the caller ID for an existing device */
    put: operations["changeCallerIdSettings"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/devices/{deviceId}/credentials/password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change password for an existing device */
    post: operations["changeDevicePassword"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/devices/{deviceId}/external/incomingcalldisplay": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update the incoming call display for an existing external device */
    put: operations["changeCallerDisplayOfDevice"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/devices/{deviceId}/external/targetnumber": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update the target phone number for an existing external device */
    put: operations["changeTargetNumberOfDevice"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/devices/{deviceId}/localprefix": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the local prefix setting of a specific device */
    get: operations["getLocalprefix"];
    /** Update the local prefix setting for an existing device */
    put: operations["changeLocalprefixSettings"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/devices/{deviceId}/singlerowdisplay": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the single row display setting of a specific device */
    get: operations["getSingleRowDisplay"];
    /** Update the single row display setting for an existing device */
    put: operations["changeSingleRowDisplay"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/devices/{deviceId}/tariffannouncement": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the tariff announcement setting of a specific device */
    get: operations["getTariffAnnouncement"];
    /** Update the tariff announcement setting for an existing device */
    put: operations["changeTariffAnnouncement"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/groupfaxlines": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all group fax lines */
    get: operations["getGroupFaxlinesForUser"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/groupfaxlines/{faxlineId}/callerid": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the caller ID of a specific group fax line */
    get: operations["getGroupFaxlineCallerId"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/groupfaxlines/{faxlineId}/numbers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all phone numbers routed to a group fax line */
    get: operations["getGroupFaxlineNumbers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/groups": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all groups */
    get: operations["getGroups"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/groups/{groupId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a single group's details */
    get: operations["getGroup"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/groups/{groupId}/devices": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a device to a group */
    post: operations["addDeviceToGroup"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/groups/{groupId}/devices/{deviceId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a device from a group */
    delete: operations["removeDeviceFromGroup"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/groups/{groupId}/faxlines": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all fax lines for a specific group */
    get: operations["getGroupFaxlines"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/groups/{groupId}/numbers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all phone numbers routed to a group */
    get: operations["getGroupNumbers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/groups/{groupId}/users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all group members */
    get: operations["getGroupUsers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/groups/{groupId}/voicemail": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List all voicemails for a specific group
     * @deprecated
     */
    get: operations["getGroupVoicemail"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all calls, faxes, SMS and voicemails */
    get: operations["getHistory"];
    /** Update multiple calls, faxes, SMS or voicemails */
    put: operations["updateHistoryEntries"];
    post?: never;
    /** Delete multiple calls, faxes, SMS or voicemails */
    delete: operations["deleteHistoryEntries"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/history/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all calls, faxes, SMS and voicemails as csv */
    get: operations["getHistoryCSV"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/history/{entryId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a specific call, fax, SMS or voicemail */
    get: operations["getHistoryById"];
    /** Update a specific call, fax, SMS or voicemail */
    put: operations["updateHistoryEntry"];
    post?: never;
    /** Delete a call, fax, SMS or voicemail */
    delete: operations["deleteHistoryEntry"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/history/{entryId}/archive": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Archive a specific entry.
     * @deprecated
     */
    put: operations["setArchive"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/history/{entryId}/note": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set the note of a specific entry
     * @deprecated
     */
    put: operations["setHistoryEntryNote"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/history/{entryId}/read": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Mark a specific entry as read or unread
     * @deprecated
     */
    put: operations["setReadProperty"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/log/webhooks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get your webhooks log */
    get: operations["getWebhooksLog"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/numbers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List all phone numbers
     * @description Possible portState->status codes:<br /><pre>100: Waiting for user fax
     *     150: WBCI waiting for mail opt-in
     *     160: WBCI opt-in hash generated
     *     170: WBCI opt-in link clicked
     *     200: Waiting for fax from current network operator
     *     250: WBCI send
     *     251: WBCI network error
     *     252: WBCI EKP rejected
     *     400: Porting accepted
     *     450: Waiting for data exchange
     *     451: Data exchange error
     *     500: Porting complete
     *     600: Porting cancelled
     *     </pre>
     */
    get: operations["getNumbers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/numbers/quickdial": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a new quick dial number */
    post: operations["addQuickDialNumber"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/numbers/quickdial/validation/{quickDialNumber}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check whether a quick dial number is already taken */
    get: operations["validateQuickDialNumber"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/numbers/quickdial/{numberId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update an existing quick dial number */
    put: operations["changeQuickDialNumber"];
    post?: never;
    /** Delete an existing quick dial number */
    delete: operations["deleteQuickDialNumber"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/numbers/{numberId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change phone number settings, e.g. route to endpoint */
    put: operations["changeNumberSettings"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/passwordreset": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Request a password change */
    post: operations["requestPasswordReset"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/passwordreset/{nonce}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change the password */
    post: operations["changePassword"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List all phone number portings
     * @description Possible status codes:<br /><pre>100: Waiting for user fax
     *     150: WBCI waiting for mail opt-in
     *     160: WBCI opt-in hash generated
     *     170: WBCI opt-in link clicked
     *     200: Waiting for fax from current network operator
     *     250: WBCI send
     *     251: WBCI network error
     *     252: WBCI EKP rejected
     *     400: Porting accepted
     *     450: Waiting for data exchange
     *     451: Data exchange error
     *     500: Porting complete
     *     600: Porting cancelled
     *     </pre>
     */
    get: operations["getPortings"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portings/{portingId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an existing porting */
    get: operations["getPorting"];
    put?: never;
    post?: never;
    /** Delete/revoke an existing porting */
    delete: operations["revokePorting"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sessions/calls": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Initiate a new call
     * @description DeviceId is only required if the caller parameter is a phone number and not a deviceId itself.<br>Use callerId to set a custom number that will be displayed to the callee.
     */
    post: operations["newCall"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sessions/fax": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a fax */
    post: operations["sendFax"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sessions/fax/resend": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resend a fax */
    post: operations["resendFax"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sessions/ivr/recording": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Initiate a new call to record an IVR message */
    post: operations["newIvrRecording"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sessions/sms": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a text message */
    post: operations["sendWebSms"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sessions/voicemail/play": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Initiate a new call to play back a voicemail */
    post: operations["playRecording"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sessions/voicemail/recording": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Initiate a new call to record a greeting */
    post: operations["newRecording"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/settings/sipgateio": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List sipgate.io global settings */
    get: operations["getSipgateIoUrls"];
    /** Update sipgate.io global settings */
    put: operations["setSipgateIoUrls"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/translations/{language}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List sipgate translations for a specific language */
    get: operations["getLanguage"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all users */
    get: operations["getAllUsers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/users/{userId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a specific user */
    get: operations["getUser"];
    put?: never;
    post?: never;
    /** Delete a specific user */
    delete: operations["deleteUser"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/users/{userId}/busyonbusy": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update the busy on busy setting for a user */
    put: operations["setBusyOnBusySetting"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/users/{userId}/defaultdevice": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update the default device of an existing user */
    put: operations["setDefaultDevice"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/users/{userId}/location": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the location of a user */
    put: operations["setLocation"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/users/{userId}/role": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update the user role */
    put: operations["setRole"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/voicemails": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all voicemails */
    get: operations["getVoicemails"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/voicemails/{voicemailId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a single voicemail */
    get: operations["getVoicemail"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/callrestrictions/{restriction}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enable/disable restriction */
    post: operations["setCallRestriction"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/devices": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all devices */
    get: operations["getDevices"];
    put?: never;
    /**
     * Create a new device
     * @description If you want to create a new register device the Restriction CAN_CREATE_REGISTER_DEVICE needs to be true for the specified userId.
     */
    post: operations["createDevice"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/devices/external": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a new external device
     * @description If you want to create a new external device the Restriction CAN_CREATE_EXTERNAL_DEVICE needs to be true for the specified userId.
     */
    post: operations["createExternalDevice"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/devices/mobile": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a new mobile device
     * @description If you want to create a new mobile device the Restriction CAN_CREATE_MOBILE_DEVICE needs to be true for the specified userId.
     */
    post: operations["createMobileDevice"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/devices/register": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a new register device
     * @description If you want to create a new register device the Restriction CAN_CREATE_REGISTER_DEVICE needs to be true for the specified userId.
     */
    post: operations["createRegisterDevice"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/devices/{deviceId}/contingents": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all device contingents */
    get: operations["getDeviceContingents"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/devices/{deviceId}/sim": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Activate a SIM card for a specific device */
    post: operations["activateSim"];
    /** Deactivate the SIM card for a specific device */
    delete: operations["deactivateSim"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/devices/{deviceId}/sim/orders": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Order a new SIM card for a specific device */
    post: operations["orderSim"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/faxlines": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all fax lines */
    get: operations["getUserFaxlines"];
    put?: never;
    /** Create a new fax line */
    post: operations["createFaxline"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/faxlines/{faxlineId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update alias for an existing fax line */
    put: operations["changeFaxlineAlias"];
    post?: never;
    /** Delete an existing fax line */
    delete: operations["deleteFaxline"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/faxlines/{faxlineId}/callerid": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the caller ID of a specific fax line */
    get: operations["getFaxlineCallerId"];
    /** Update the caller ID for an existing fax line */
    put: operations["changeFaxlineCallerIdSettings"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/faxlines/{faxlineId}/numbers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all phone numbers routed to a fax line */
    get: operations["getFaxlineNumbers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/faxlines/{faxlineId}/tagline": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update tagline of an existing fax line */
    put: operations["changeTagline"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/notifications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get all notifications */
    get: operations["getNotifications"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/notifications/call/email": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a new email notification for calls */
    post: operations["createEmailNotificationForCall"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/notifications/call/sms": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a new SMS notification for calls */
    post: operations["createSmsNotificationForCall"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/notifications/fax/email": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a new email notification for faxes */
    post: operations["addFaxEmailNotification"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/notifications/fax/report": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a new email notification for fax reports */
    post: operations["addFaxReportEmailNotification"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/notifications/fax/sms": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a new SMS notification for faxes */
    post: operations["addFaxSmsNotification"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/notifications/sms/email": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a new email notification for incoming SMS */
    post: operations["addSmsEmailNotification"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/notifications/voicemail/email": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a new email notification for voicemails */
    post: operations["addVoicemailEmailNotification"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/notifications/voicemail/sms": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a new SMS notification for voicemails */
    post: operations["addVoicemailSmsNotification"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/notifications/{notificationId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete an existing notification */
    delete: operations["deleteNotification"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/numbers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List all user phone numbers of a specific user
     * @description Possible portState->status codes:<br /><pre>100: Waiting for user fax
     *     150: WBCI waiting for mail opt-in
     *     160: WBCI opt-in hash generated
     *     170: WBCI opt-in link clicked
     *     200: Waiting for fax from current network operator
     *     250: WBCI send
     *     251: WBCI network error
     *     252: WBCI EKP rejected
     *     400: Porting accepted
     *     450: Waiting for data exchange
     *     451: Data exchange error
     *     500: Porting complete
     *     600: Porting cancelled
     *     </pre>
     */
    get: operations["getUserNumbers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/phonelines": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all phone lines */
    get: operations["getPhonelines"];
    put?: never;
    /** Create a new phone line */
    post: operations["createPhoneline"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/phonelines/{phonelineId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a single phone line */
    get: operations["getPhoneline"];
    /** Update alias for an existing phone line */
    put: operations["setPhonelineAlias"];
    post?: never;
    /** Delete an existing phone line */
    delete: operations["deletePhoneline"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/phonelines/{phonelineId}/blockanonymous": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the block anonymous setting of a specific phone line */
    get: operations["getBlockAnonymousSetting"];
    /** Update the block anonymous setting for an existing phone line */
    put: operations["setBlockAnonymousSetting"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/phonelines/{phonelineId}/devices": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all devices of a specific phone line */
    get: operations["getDevicesForPhoneline"];
    put?: never;
    /** Add a device to a phone line */
    post: operations["addDeviceToPhoneline"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/phonelines/{phonelineId}/devices/{deviceId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a device from a phone line */
    delete: operations["removeDeviceFromPhoneline"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/phonelines/{phonelineId}/forwardings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all forwarding settings of a specific phone line */
    get: operations["getPhonelineForwardings"];
    /** Update forwarding settings for an existing phone line */
    put: operations["setPhonelineForwardingSettings"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/phonelines/{phonelineId}/numbers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all phone numbers routed to a phone line */
    get: operations["getPhonelineNumbers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/phonelines/{phonelineId}/parallelforwardings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List all parallel forwardings of a specific phone line
     * @deprecated
     */
    get: operations["getPhonelineParallelForwardings"];
    put?: never;
    /**
     * Create a parallel forwarding for an existing phone line
     * @deprecated
     */
    post: operations["addParallelForwarding"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/phonelines/{phonelineId}/parallelforwardings/{parallelForwardingId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Update an existing parallel forwarding
     * @deprecated
     */
    put: operations["changeParallelForwardingSettings"];
    post?: never;
    /**
     * Delete a parallel forwarding
     * @deprecated
     */
    delete: operations["deleteParallelForwardingSettings"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/phonelines/{phonelineId}/sipgateio": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List sipgate.io settings of a specific phone line */
    get: operations["getSipgateIoSettings"];
    /** Update sipgate.io settings for an existing phone line */
    put: operations["setSipgateIoSettings"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/phonelines/{phonelineId}/sipgateio/log": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List sipgate.io debug log for a specific phone line */
    get: operations["getSipgateIoLogs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/phonelines/{phonelineId}/voicemails": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List all voicemails of a specific phone line
     * @deprecated
     */
    get: operations["getPhonelineVoicemails"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update voicemail settings for a specific phone line */
    put: operations["changeVoicemailSettings"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all greetings for a specific phone line voicemail */
    get: operations["getPhonelineVoicemailGreetings"];
    put?: never;
    /** Create a new greeting for a specific phone line voicemail */
    post: operations["addGreeting"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings/{greetingId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update an existing phone line voicemail greeting */
    put: operations["changePhonelineVoicemailGreeting"];
    post?: never;
    /** Delete an existing phone line voicemail greeting */
    delete: operations["deletePhonlineVoicemailGreeting"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/transcriptions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update an existing phone line voicemail transcription setting */
    put: operations["changePhonelineVoicemailTranscriptionSetting"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/sms": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all short message services */
    get: operations["getSmsExtensions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/sms/{smsId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update alias for an existing short message service */
    put: operations["setSmsAlias"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/sms/{smsId}/callerids": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all caller IDs for a specific short message service */
    get: operations["getSmsCallerIds"];
    put?: never;
    /** Create a new caller ID for an existing short message service */
    post: operations["addCallerId"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/sms/{smsId}/callerids/{callerId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update the caller ID for an existing short message service */
    put: operations["editCallerId"];
    post?: never;
    /** Delete an existing caller ID for a specific short message service */
    delete: operations["deleteSmsCallerId"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{userId}/sms/{smsId}/callerids/{callerId}/verification": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify an existing caller ID for a specific short message service */
    post: operations["verifyCallerId"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/authorization/oauth2/clients": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all OAuth 2.0 clients */
    get: operations["getClients"];
    put?: never;
    /** Create a new OAuth 2.0 client */
    post: operations["createClient"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/authorization/oauth2/clients/{clientId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a specific OAuth 2.0 client */
    get: operations["getClient"];
    /** Update an existing OAuth 2.0 client */
    put: operations["updateClient"];
    post?: never;
    /** Delete an existing OAuth 2.0 client */
    delete: operations["deleteClient"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/authorization/oauth2/clients/{clientId}/gdpr": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the GDPR URLs of a specific OAuth 2.0 client */
    get: operations["getGdprUrls"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/identityVerification": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the state of the account's identity verification */
    get: operations["getVerification"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/contacts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get all contacts */
    get: operations["getContacts"];
    put?: never;
    /** Creates a contact */
    post: operations["createContact"];
    /** Delete all contacts */
    delete: operations["deleteAllContacts"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/contacts/import/csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import contacts from CSV file
     * @description CSV files should match the following format:<br /><pre>firstname,lastname,number
     *     Ada,Lovelace,+4915799912345
     *     Alan,Turing,+4915799912345
     *     </pre>
     */
    post: operations["importFromCSV"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/contacts/import/google": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import contacts from Google */
    post: operations["importFromGoogle"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/contacts/{contactId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Updates a contact */
    put: operations["updateContact"];
    post?: never;
    /** Delete a single contact */
    delete: operations["deleteContact"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AccountResponse: {
      /** @example Love sipgate */
      company?: string;
      /** @enum {string} */
      mainProductType?: "AFFILIATE" | "BASIC" | "CLINQ" | "SATELLITE" | "SIMQUADRAT" | "TEAM" | "TRUNKING" | "FORMER_AFFILIATE" | "FORMER_BASIC" | "FORMER_SATELLITE" | "FORMER_SIMQUADRAT" | "FORMER_TEAM" | "FORMER_TRUNKING" | "UNKNOWN";
      logoUrl?: string;
      /** @default false */
      verified: boolean;
      /** @enum {string} */
      historyLifeTime?: "NONE" | "THIRTY_DAYS" | "UNLIMITED";
    };
    AccountVerificationRequest: {
      /** @example ABC123 */
      verificationCode: string;
    };
    ActivateSimRequest: {
      /** @example 1234567 */
      simId?: string;
    };
    ActiveRouting: {
      id?: string;
      /** @example Alan Turing */
      alias?: string;
    };
    AddCallEmailNotificationRequest: {
      /** @example e0/p0 */
      endpointId: string;
      /** @example INCOMING */
      direction: string;
      /** @example MISSED */
      cause: string;
      /** @example grace.hopper@example.com */
      email: string;
    };
    AddCallSmsNotificationRequest: {
      /** @example e0/p0 */
      endpointId: string;
      /** @example INCOMING */
      direction: string;
      /** @example MISSED */
      cause: string;
      /** @example 4915799912345 */
      number: string;
    };
    AddDirectDialRequest: {
      /** @example w0 */
      userId: string;
      number?: string;
    };
    AddFaxEmailNotificationRequest: {
      /** @example f0 */
      faxlineId: string;
      /** @enum {string} */
      direction: "INCOMING" | "OUTGOING";
      /** @example grace.hopper@example.com */
      email: string;
    };
    AddFaxReportEmailNotificationRequest: {
      /** @example f0 */
      faxlineId: string;
      /** @example grace.hopper@example.com */
      email: string;
    };
    AddFaxSmsNotificationRequest: {
      /** @example f0 */
      faxlineId: string;
      /** @enum {string} */
      direction: "INCOMING" | "OUTGOING";
      /** @example 4915799912345 */
      number: string;
    };
    AddGreetingRequest: {
      /** @example greeting.mp3 */
      filename?: string;
      /** @example RG8uIE9yIGRvIG5vdC4gVGhlcmUgaXMgbm8gdHJ5LiAtLVlvZGEK */
      base64Content?: string;
    };
    AddSmsEmailNotificationRequest: {
      /** @example y0 */
      endpointId: string;
      /** @example grace.hopper@example.com */
      email: string;
    };
    AddVoicemailEmailVoicemailNotificationRequest: {
      /** @example v0 */
      voicemailId: string;
      /** @example grace.hopper@example.com */
      email: string;
    };
    AddVoicemailSmslVoicemailNotificationRequest: {
      /** @example v0 */
      voicemailId: string;
      /** @example 4915799912345 */
      number: string;
    };
    AddressRequest: {
      poBox?: string;
      extendedAddress?: string;
      streetAddress?: string;
      locality?: string;
      region?: string;
      postalCode?: string;
      country?: string;
    };
    AddressResponse: {
      poBox?: string;
      extendedAddress?: string;
      streetAddress?: string;
      locality?: string;
      region?: string;
      postalCode?: string;
      country?: string;
    };
    AddressesResponse: {
      items?: components["schemas"]["AddressResponse"][];
    };
    AnnouncementRequest: {
      /**
       * @description The URL pointing to the announcement WAV file.
       * @example https://static.sipgate.com/examples/wav/example.wav
       */
      url: string;
    };
    ApiUrlsResponse: {
      accountUrl?: string;
      accountVerifiedUrl?: string;
      addressUrl?: string;
      addressesUrl?: string;
      addressNumbersUrl?: string;
      authorizationOauthClientsUrl?: string;
      authorizationOauthClientUrl?: string;
      authorizationTokenUrl?: string;
      balanceUrl?: string;
      getCallRestrictionsUrl?: string;
      callRestrictionsUrl?: string;
      contactsUrl?: string;
      crmBridgeUrl?: string;
      internalContactsUrl?: string;
      deviceCallerIdUrl?: string;
      deviceUrl?: string;
      devicesTariffAnnouncementUrl?: string;
      devicesSingleRowDisplayUrl?: string;
      deviceSimOrdersUrl?: string;
      faxlinesUrl?: string;
      faxlineUrl?: string;
      faxlineNumbersUrl?: string;
      groupsUrl?: string;
      groupDetailUrl?: string;
      groupUserUrl?: string;
      groupDevicesUrl?: string;
      groupNumbersUrl?: string;
      historyEntryUrl?: string;
      historyUrl?: string;
      notificationsUrl?: string;
      numberUrl?: string;
      numbersUrl?: string;
      webuserNumbersUrl?: string;
      addDirectDialUrl?: string;
      changeDirectDialUrl?: string;
      deleteDirectDialUrl?: string;
      phonelineUrl?: string;
      phonelineBlockAnonymousUrl?: string;
      phonelineDevicesUrl?: string;
      phonelineForwardingsUrl?: string;
      phonelineNumbersUrl?: string;
      phonelinesParallelForwardingUrl?: string;
      phonelinesParallelForwardingsUrl?: string;
      phonelineSipgateIoUrl?: string;
      phonelineSipgateIoLogUrl?: string;
      phonelineVoicemailGreetingUrl?: string;
      phonelineVoicemailGreetingsUrl?: string;
      phonelineVoicemailUrl?: string;
      phonelineVoicemailsUrl?: string;
      phonelinesUrl?: string;
      phonelineDetailUrl?: string;
      portingUrl?: string;
      portingsUrl?: string;
      restrictionsUrl?: string;
      sessionsCallUrl?: string;
      settingsSipgateioUrl?: string;
      smsUrl?: string;
      smsCallerIdsUrl?: string;
      translationsUrl?: string;
      userInfoUrl?: string;
      userUrl?: string;
      userBusyOnBusyUrl?: string;
      userDefaultDeviceUrl?: string;
      userDevicesUrl?: string;
      userDeviceSimUrl?: string;
      userExternalDevicesUrl?: string;
      userMobileDevicesUrl?: string;
      userRegisterDevicesUrl?: string;
      userRoleUrl?: string;
      usersUrl?: string;
      voicemailsUrl?: string;
      voicemailDetailUrl?: string;
    };
    BalanceResponse: {
      /** Format: int32 */
      amount?: number;
      /** @example EUR */
      currency?: string;
    };
    BooleanRequest: {
      /**
       * @description true or false
       * @example true
       */
      value: boolean;
    };
    Call: {
      /**
       * @description The unique call identifier
       * @example ABCDEF0123456789
       */
      callId: string;
      /**
       * @description The call is muted
       * @example false
       */
      muted: boolean;
      /**
       * @description The call is being recorded
       * @example false
       */
      recording: boolean;
      /**
       * @description The call is on hold
       * @example false
       */
      hold: boolean;
      participants: components["schemas"]["Participant"][];
    };
    CallEmailTarget: {
      /** @example 42 */
      id?: string;
      /** @example grace.hopper@example.com */
      email?: string;
      /** @enum {string} */
      direction?: "INCOMING" | "OUTGOING";
      /** @enum {string} */
      cause?: "MISSED" | "SUCCESSFUL";
    };
    CallNotificationResponse: {
      /** @example f0/v0/p0 */
      endpointId?: string;
      /** @example Fax/Voicemail of Grace Hopper */
      endpointAlias?: string;
      emails?: components["schemas"]["CallEmailTarget"][];
      sms?: components["schemas"]["CallSmsTarget"][];
    };
    CallRestrictionResponse: {
      /** @example w0 */
      userId?: string;
      /**
       * @default false
       * @example false
       */
      foreignSpecial: boolean;
      /**
       * @default false
       * @example false
       */
      charged: boolean;
      /**
       * @default false
       * @example false
       */
      roaming: boolean;
      /**
       * @default false
       * @example false
       */
      highCostForeignNumbers: boolean;
    };
    CallSmsTarget: {
      /** @example 1337 */
      id?: string;
      /** @example 4915799912345 */
      number?: string;
      /** @enum {string} */
      direction?: "INCOMING" | "OUTGOING";
      /** @enum {string} */
      cause?: "MISSED" | "SUCCESSFUL";
    };
    CallerIdRequest: {
      /** @example 4915799912345 */
      value?: string;
    };
    CallerIdResponse: {
      /** @example 4915799912345 */
      value?: string;
    };
    Calls: {
      data?: components["schemas"]["Call"][];
    };
    ChangeDeviceRequest: {
      /** @default false */
      dnd: boolean;
      /** Format: int32 */
      emergencyAddressId?: number;
    };
    ChangeDirectDialRequest: {
      /** @example w0 */
      userId: string;
      number?: string;
    };
    ChangeExternalDeviceIncomingCallDisplayRequest: {
      /** @enum {string} */
      incomingCallDisplay: "CALLED_NUMBER" | "CALLER_NUMBER";
    };
    ChangeExternalDeviceTargetNumberRequest: {
      /** @example 4915799912345 */
      number?: string;
    };
    ChangeNumberSettingsRequest: {
      /** @example p0 */
      endpointId?: string;
      /**
       * @default false
       * @example false
       */
      releaseForMnp: boolean;
      /**
       * @default false
       * @example false
       */
      quickDial: boolean;
    };
    ChangePasswordRequest: {
      password?: string;
      passwordRepeat?: string;
    };
    ChangeVoicemailGreetingRequest: {
      /** @default false */
      active: boolean;
    };
    ChangeVoicemailRequest: {
      /**
       * Format: int32
       * @example 42
       */
      timeout?: number;
      /** @default false */
      active: boolean;
      /** @default false */
      transcription: boolean;
    };
    ChangeVoicemailTranscriptionRequest: {
      /** @default false */
      active: boolean;
    };
    ContactResponse: {
      /** @example b3d9af4a-78f9-11e6-8b77-86f30ca893d3 */
      id?: string;
      /** @example Ada Lovelace */
      name?: string;
      /** @example 4AAQSkZJRgABAQAAAQABAAD... */
      picture?: string;
      emails?: components["schemas"]["EMailResponse"][];
      numbers?: components["schemas"]["NumberResponse"][];
      addresses?: components["schemas"]["AddressResponse"][];
      organization?: string[][];
      /** @enum {string} */
      scope?: "PRIVATE" | "SHARED" | "INTERNAL";
    };
    ContactsResponse: {
      items?: components["schemas"]["ContactResponse"][];
      /** Format: int32 */
      totalCount?: number;
    };
    ContingentResponse: {
      /** @example DATA_FAST */
      type?: string;
      /**
       * Format: int32
       * @example 2500
       */
      amount?: number;
      /**
       * Format: int32
       * @example 1000
       */
      used?: number;
      /**
       * Format: int32
       * @example 1500
       */
      left?: number;
      /** @example KILOBYTE */
      unit?: string;
      /** @example 2016-02-10T14:19:39Z */
      expires?: string;
    };
    CreateContactRequest: {
      /** @example Ada Lovelace */
      name?: string;
      /** @example Lovelace */
      family?: string;
      /** @example Ada */
      given?: string;
      /** @example 4AAQSkZJRgABAQAAAQABAAD... */
      picture?: string | null;
      emails?: components["schemas"]["EmailRequest"][];
      numbers?: components["schemas"]["NumberRequest"][];
      addresses?: components["schemas"]["AddressRequest"][];
      organization?: string[][];
      /**
       * @example PRIVATE
       * @enum {string}
       */
      scope: "PRIVATE" | "SHARED";
    };
    CreateDeviceRequest: {
      /** @enum {string} */
      type: "REGISTER" | "MOBILE" | "EXTERNAL";
      /** @example VoIP phone of Grace Hopper */
      alias?: string;
    };
    CreateExternalDeviceRequest: {
      /** @example External phone of Grace Hopper */
      alias?: string;
      /** @example 4915799912345 */
      number?: string;
    };
    CreateMobileDeviceRequest: {
      /** @example Mobile phone phone of Grace Hopper */
      alias?: string;
    };
    CreateRegisterDeviceRequest: {
      /** @example VoIP phone of Grace Hopper */
      alias?: string;
    };
    CredentialsResponse: {
      username?: string;
      password?: string;
      sipServer?: string;
      outboundProxy?: string;
      sipServerWebsocketUrl?: string;
    };
    DetailedError: {
      /**
       * Format: int32
       * @description The status code
       * @example 401
       */
      status?: number;
      /**
       * @description The title of the error
       * @example You shall not pass
       */
      title?: string;
      /**
       * @description The detailed description of the error
       * @example It appears that you are not authorized to pass
       */
      detail?: string;
      source?: components["schemas"]["ErrorSource"];
    };
    DeviceContingentsResponse: {
      contingents?: components["schemas"]["ContingentResponse"][];
    };
    DeviceResponse: {
      /** @example e0 */
      id?: string;
      /** @example VoIP phone of Grace Hopper */
      alias?: string;
      /** @enum {string} */
      type?: "REGISTER" | "MOBILE" | "EXTERNAL";
      /** @default false */
      online: boolean;
      /** @default false */
      dnd: boolean;
      activePhonelines?: components["schemas"]["ActiveRouting"][];
      activeGroups?: components["schemas"]["ActiveRouting"][];
    };
    DevicesResponse: {
      items?: components["schemas"]["DeviceResponse"][];
    };
    DtmfRequest: {
      /**
       * @description DTMF sequence to send
       * @example 123456
       */
      sequence: string;
    };
    EMailResponse: {
      /** @example user@example.com */
      email?: string;
      type?: string[];
    };
    EmailRequest: {
      /** @example user@example.com */
      email?: string;
      type?: string[];
    };
    EmailTarget: {
      /** @example 42 */
      id?: string;
      /** @example grace.hopper@example.com */
      email?: string;
    };
    EndpointNumbersResponse: {
      items?: components["schemas"]["NumberResponse"][];
    };
    EndpointResponse: {
      /** @example e0 */
      extension?: string;
      /** @enum {string} */
      type?: "SMS" | "REGISTER" | "EXTERNAL" | "FAX" | "MOBILE" | "GROUP" | "VOICEMAIL" | "PHONELINE" | "USER";
    };
    ErrorResponse: {
      errors?: components["schemas"]["DetailedError"][];
    };
    /** @description A more detailed info where the error occured */
    ErrorSource: {
      /**
       * @description A pointer to indicate where the error occured
       * @example You might be a Balrog
       */
      pointer?: string;
    };
    EventResponse: {
      eventId?: string;
      eventType?: string;
      eventName?: string;
      payload?: {
        [key: string]: string;
      };
    };
    EventsResponse: {
      items?: components["schemas"]["EventResponse"][];
    };
    ExternalDeviceResponse: {
      /** @example e0 */
      id?: string;
      /** @example VoIP phone of Grace Hopper */
      alias?: string;
      /** @enum {string} */
      type?: "REGISTER" | "MOBILE" | "EXTERNAL";
      /** @default false */
      online: boolean;
      /** @default false */
      dnd: boolean;
      activePhonelines?: components["schemas"]["ActiveRouting"][];
      activeGroups?: components["schemas"]["ActiveRouting"][];
      /** @example 4915799912345 */
      number?: string;
      /** @enum {string} */
      incomingCallDisplayState?: "CALLED_NUMBER" | "CALLER_NUMBER";
    };
    FaxEmailTarget: {
      /** @example 42 */
      id?: string;
      /** @example grace.hopper@example.com */
      email?: string;
      /** @enum {string} */
      direction?: "INCOMING" | "OUTGOING";
    };
    FaxNotificationResponse: {
      /** @example f0/v0/p0 */
      endpointId?: string;
      /** @example Fax/Voicemail of Grace Hopper */
      endpointAlias?: string;
      emails?: components["schemas"]["FaxEmailTarget"][];
      sms?: components["schemas"]["FaxSmsTarget"][];
      reports?: components["schemas"]["ReportTarget"][];
    };
    FaxSmsTarget: {
      /** @example 1337 */
      id?: string;
      /** @example 4915799912345 */
      number?: string;
      /** @enum {string} */
      direction?: "INCOMING" | "OUTGOING";
    };
    FaxlineCallerIdRequest: {
      /** @example 4921112345678 */
      value?: string;
    };
    FaxlineCallerIdResponse: {
      /** @example 4915799912345 */
      value?: string;
    };
    FaxlineResponse: {
      /** @example f0 */
      id?: string;
      /** @example Alexander Bain's fax */
      alias?: string;
      /** @example Example Ltd. */
      tagline?: string;
      /** @default false */
      canSend: boolean;
      /** @default false */
      canReceive: boolean;
    };
    FaxlineTaglineRequest: {
      /** @example Example Ltd. */
      value?: string;
    };
    FaxlinesResponse: {
      items?: components["schemas"]["FaxlineResponse"][];
    };
    Forwarding: {
      /** @example 4915799912345 */
      destination?: string;
      /** Format: int32 */
      timeout?: number;
      /** @default false */
      active: boolean;
    };
    ForwardingResponse: {
      /** @example Accounting group */
      alias?: string;
      /** @example p1 */
      destination?: string;
      /** Format: int32 */
      timeout?: number;
      /** @default false */
      active: boolean;
    };
    ForwardingsResponse: {
      items?: components["schemas"]["ForwardingResponse"][];
    };
    /** GdprUrls */
    GdprUrls: {
      /**
       * @description The privacy policy URL
       * @example https://www.example.com/privacy
       */
      privacyUrl?: string;
      /**
       * @description The terms and conditions URL
       * @example https://www.example.com/terms
       */
      termsUrl?: string;
    };
    GetRecordingSettingResponse: {
      /** @default false */
      active: boolean;
    };
    GreetingResponse: {
      /** @example 42 */
      id?: string;
      /** @example My Greeting */
      alias?: string;
      /** @example https://www.example.com/greeting.mp3 */
      greetingUrl?: string;
      /** @default false */
      recordingEnabled: boolean;
      /** @default false */
      active: boolean;
    };
    GreetingsResponse: {
      items?: components["schemas"]["GreetingResponse"][];
    };
    GroupFaxlineResponse: {
      /** @example f0 */
      id?: string;
      /** @example Alexander Bain's fax */
      alias?: string;
      /** @example Example Ltd. */
      tagline?: string;
      /** @default false */
      canSend: boolean;
      /** @default false */
      canReceive: boolean;
      /** @example f0 */
      groupId?: string;
    };
    GroupFaxlinesResponse: {
      items?: components["schemas"]["GroupFaxlineResponse"][];
    };
    GroupNumbersResponse: {
      items?: components["schemas"]["NumberResponse"][];
    };
    GroupResponse: {
      /** @example g0 */
      id?: string;
      /** @example Turings Group */
      alias?: string;
      /** Format: int64 */
      departmentId?: number;
      voicemails?: components["schemas"]["VoicemailSettingsResponse"][];
    };
    GroupUserResponse: {
      /** @example w0 */
      id?: string;
      /** @example Ada */
      firstname?: string;
      /** @example Lovelace */
      lastname?: string;
      userUrl?: string;
    };
    GroupUsersResponse: {
      items?: components["schemas"]["GroupUserResponse"][];
    };
    HistoryEntryResponse: {
      /** @example 100001234 */
      id?: string;
      /** @example anonymous */
      source?: string;
      /** @example 01579-9912345 */
      target?: string;
      /** @example Dennis Ritchie */
      sourceAlias?: string;
      /** @example Ken Thompson */
      targetAlias?: string;
      /** @enum {string} */
      type?: "CALL" | "VOICEMAIL" | "SMS" | "FAX";
      /** @example 2016-02-10T14:19:39Z */
      created?: string;
      /** @example 2016-02-10T14:19:39Z */
      lastModified?: string;
      /** @enum {string} */
      direction?: "INCOMING" | "OUTGOING" | "MISSED_INCOMING" | "MISSED_OUTGOING";
      /** @default false */
      incoming: boolean;
      /** @enum {string} */
      status?: "NOPICKUP" | "BUSY" | "PICKUP" | "FORWARD";
      connectionIds?: string[];
      /**
       * @default false
       * @example true
       */
      read: boolean;
      /** @default false */
      archived: boolean;
      note?: string;
      endpoints?: components["schemas"]["RoutedEndpointResponse"][];
      /** @default false */
      starred: boolean;
      labels?: string[];
      /** @enum {string} */
      faxStatusType?: "SENT" | "PENDING" | "FAILED" | "SENDING" | "SCHEDULED";
    };
    HistoryResponse: {
      items?: components["schemas"]["HistoryEntryResponse"][];
      /** Format: int32 */
      totalCount?: number;
    };
    IdentityVerificationResponse: {
      /** @enum {string} */
      state?: "SUCCESS" | "PENDING" | "FAILED";
      externalTransactionNumber?: string;
      externalReferenceId?: string;
      externalVerificationLink?: string;
      externalReferenceIdAutoident?: string;
      externalVerificationLinkAutoident?: string;
    };
    ImportCSVRequest: {
      /** @example Zmlyc3RuYW1lLGxhc3RuYW1lLG51bWJlcgpBZGEsTG92ZWxhY2UsKzQ5MTU3OTk5MTIzNDUKQWxhbixUdXJpbmcsKzQ5MTU3OTk5MTIzNDUK */
      base64Content?: string;
    };
    ImportGoogleRequest: {
      token?: string;
    };
    IncomingEntries: {
      items?: components["schemas"]["IncomingEntry"][];
    };
    IncomingEntry: {
      /**
       * @description The phone number
       * @example 4902117654321
       */
      phoneNumber: string;
      /**
       * @description Should phone numbers be blocked beginning with given number
       * @default false
       * @example true
       */
      isBlock: boolean;
    };
    InitiateNewCallSessionResponse: {
      sessionId?: string;
    };
    InternalContactResponse: {
      /** @example 0a50261ebd1a390fed2bf326f2673c145582a63 */
      id?: string;
      /** @example Ada Lovelace */
      name?: string;
      emails?: string[];
      mobile?: string[];
      landline?: string[];
      fax?: string[];
      directdial?: string[];
    };
    InternalContactsResponse: {
      items?: components["schemas"]["InternalContactResponse"][];
    };
    ItemCountResponse: {
      /**
       * Format: int32
       * @example 123456
       */
      itemCount?: number;
    };
    LinksResponse: {
      accountsUrl?: string;
      accountTopUpUrl?: string;
      accountSettingsUrl?: string;
      adminIvrSettings?: string;
      adminProductSettingsUrl?: string;
      adminPublicPhonesUrl?: string;
      affiliateUrl?: string;
      appsUrl?: string;
      basicUrl?: string;
      bookConnectionUrl?: string;
      bookFaxlineUrl?: string;
      bookPhonelineUrl?: string;
      bookPhonenumberUrl?: string;
      contactsUrl?: string;
      contactsHelpCenterUrl?: string;
      presenceUrl?: string;
      presenceContainerUrl?: string;
      faxAppUrl?: string;
      faxRescueUrl?: string;
      featureStoreUrl?: string;
      feedbackFormUrl?: string;
      forwardingsUrl?: string;
      helpdeskPhoneConfigurationUrl?: string;
      helpdeskUrl?: string;
      whatsNewUrl?: string;
      legacyTokenAuthenticateUrl?: string;
      loginUrl?: string;
      logoutUrl?: string;
      notificationsUrl?: string;
      personalSettingsUrl?: string;
      phonestatsUrl?: string;
      rescueUrl?: string;
      simquadratUrl?: string;
      startUpPageUrl?: string;
      supportUrl?: string;
      teamUrl?: string;
      tokenAuthenticateUrl?: string;
      userSettingsUrl?: string;
      mnpFaqUrl?: string;
      sendFaxUrl?: string;
      consoleWebUrl?: string;
      logoTargetUrl?: string;
      brandUrl?: string;
      contractUpsellingUrl?: string;
      logoutPageUrl?: string;
      testProgrammeUrl?: string;
      wbciOptInUrl?: string;
      chatbotUrl?: string;
      nonEWRHelpcenterUrl?: string;
      dataContingentTacUrl?: string;
      microsoftTeamsUrl?: string;
      callPackageTacUrl?: string;
      paymentSettingsUrl?: string;
      trunkingContingentAdvertisementUrl?: string;
    };
    LocalprefixRequest: {
      /** @example 030 */
      value?: string;
      /** @default false */
      active: boolean;
    };
    LocalprefixResponse: {
      /** @example 0221 */
      value?: string;
      /** @default false */
      active: boolean;
    };
    MobileCredentialsResponse: {
      /** @example 1234567 */
      simId?: string;
      /** @example 12345 */
      puk1?: string;
      /** @example 67890 */
      puk2?: string;
    };
    MobileDeviceResponse: {
      /** @example e0 */
      id?: string;
      /** @example VoIP phone of Grace Hopper */
      alias?: string;
      /** @enum {string} */
      type?: "REGISTER" | "MOBILE" | "EXTERNAL";
      /** @default false */
      online: boolean;
      /** @default false */
      dnd: boolean;
      activePhonelines?: components["schemas"]["ActiveRouting"][];
      activeGroups?: components["schemas"]["ActiveRouting"][];
      credentials?: components["schemas"]["MobileCredentialsResponse"];
      /** @enum {string} */
      simState?: "INACTIVE" | "PENDING" | "ACTIVE";
      /** @default false */
      esim: boolean;
    };
    ModifyAddressRequest: {
      /** @example DE */
      countrycode: string;
      /** @example NRW */
      state?: string;
      /** @example 40219 */
      postcode: string;
      /** @example Düsseldorf */
      city: string;
      /** @example Gladbacher Str. */
      street?: string;
      /** @example 74 */
      number?: string;
      /** @example 1-3 Spring Gardens */
      address1?: string;
      /** @example Flat A */
      address2?: string;
    };
    NewCallRequest: {
      /** @example e0 */
      deviceId?: string;
      /** @example e0 */
      caller: string;
      /** @example 4915799912345 */
      callee: string;
      /** @example 4915799912345 */
      callerId?: string;
    };
    NewIvrRecordingRequest: {
      /** @example e0 */
      deviceId?: string;
      /** @example v0 */
      targetId?: string;
      /** @example MAIN, a0,a1,a2 */
      endpoint?: string;
    };
    NewVoicemailRecordingRecordingRequest: {
      /** @example e0 */
      deviceId?: string;
      /** @example v0 */
      targetId?: string;
      /** @example MAIN, a0,a1,a2 */
      endpoint?: string;
    };
    NotificationsResponse: {
      fax?: components["schemas"]["FaxNotificationResponse"][];
      voicemail?: components["schemas"]["VoicemailNotificationResponse"][];
      call?: components["schemas"]["CallNotificationResponse"][];
      sms?: components["schemas"]["SmsNotificationResponse"][];
    };
    NumberRequest: {
      /** @example 4915799912345 */
      number?: string;
      type?: string[];
    };
    NumberResponse: {
      /** @example 4915799912345 */
      number?: string;
      type?: string[];
    };
    NumberResponseWithEndpoint: {
      id?: string;
      /** @example 4915799912345 */
      number?: string;
      /** @example 01579-9912345 */
      localized?: string;
      /** @enum {string} */
      type?: "MOBILE" | "LANDLINE" | "QUICKDIAL" | "INTERNATIONAL";
      /** @example p0 */
      endpointId?: string;
      endpointAlias?: string;
      endpointUrl?: string;
    };
    NumbersResponse: {
      items?: components["schemas"]["NumberResponseWithEndpoint"][];
    };
    /** OAuthClient */
    OAuthClient: {
      /**
       * @description The unique OAuth 2.0 client identifier
       * @example ABCDEF0123456789
       */
      clientId: string;
      /**
       * @description The OAuth 2.0 client secret
       * @example ABCDEF0123456789
       */
      clientSecret: string;
      /**
       * @description Name of the application the client is intended to use with
       * @example Example name
       */
      name: string;
      /**
       * @description Short description of the application the client is intended to use with
       * @example Example description
       */
      description: string;
      /** @description Valid URI pattern a browser can redirect to after a successful login or logout (simple wildcards are allowed e.g. 'http://example.com/*') */
      redirectUris: string[];
      /** @description Allowed CORS origins (simple wildcards are allowed e.g. 'http://*.example.com') */
      webOrigins: string[];
      /**
       * @description The privacy policy URL
       * @example https://www.example.com/privacy
       */
      privacyUrl: string;
      /**
       * @description The terms and conditions URL
       * @example https://www.example.com/terms
       */
      termsUrl: string;
    };
    /** OAuthClients */
    OAuthClients: {
      data?: components["schemas"]["OAuthClient"][];
    };
    OrderSimRequest: {
      /** @example 123456 */
      addressId: string;
    };
    ParallelForwardingResponse: {
      /** @example x0 */
      id?: string;
      /** @example Bjarne Stroustrup's mobile */
      alias?: string;
      /** @example 4915799912345 */
      destination?: string;
      /** @default false */
      active: boolean;
    };
    ParallelForwardingsResponse: {
      items?: components["schemas"]["ParallelForwardingResponse"][];
    };
    Participant: {
      /**
       * @description The unique participant identifier
       * @example ABCDEF0123456789
       */
      participantId: string;
      /**
       * @description Participants phone number (can be empty for various reasons, e.g. anonymous participant)
       * @example 4915799912345
       */
      phoneNumber: string;
      /**
       * @description Participant is muted
       * @example false
       */
      muted: boolean;
      /**
       * @description Participant is on hold
       * @example false
       */
      hold: boolean;
      /**
       * @description Participant is the call owner
       * @example false
       */
      owner: boolean;
    };
    PhonelineBlockAnonymousResponse: {
      /** @default false */
      enabled: boolean;
      /** @enum {string} */
      target?: "REJECT" | "VOICEMAIL";
    };
    PhonelineResponse: {
      /** @example p0 */
      id?: string;
      /** @example Alan Turing */
      alias?: string;
      voicemails?: components["schemas"]["VoicemailSettingsResponse"][];
    };
    PhonelineSipgateIoLogResponse: {
      /** @example 2015-10-21T19:28:00Z */
      created?: string;
      /** @example https://demo.sipgate.io */
      url?: string;
      /** @example event=newCall&from=492111234567&to=4915791234567&direction=in&callId=123456&user[]=Alice */
      request?: string;
      /** @example HTTP/1.1 200 OK... */
      response?: string;
      /** @example Response does not have content type application/xml */
      xmlError?: string;
      /** @example 200 */
      status?: string;
    };
    PhonelineSipgateIoLogsResponse: {
      items?: components["schemas"]["PhonelineSipgateIoLogResponse"][];
    };
    PhonelineSipgateIoResponse: {
      /** @default false */
      incomingActive: boolean;
      /** @default false */
      outgoingActive: boolean;
      /** @example https://io.sipgate.beer/my/incoming/url */
      incomingUrl?: string;
      /** @example https://io.sipgate.rehab/my/outgoing/url */
      outgoingUrl?: string;
      /** @default false */
      log: boolean;
      /** @example -----BEGIN CERTIFICATE----- */
      certificate?: string;
      /** @default false */
      allowSelfSigned: boolean;
    };
    PhonelineVoicemailResponse: {
      /** @example v0 */
      id?: string;
      /** @example Voicemail of Grace Hopper */
      alias?: string;
      /**
       * Format: int32
       * @example 20
       */
      timeout?: number;
      /** @default false */
      active: boolean;
      transcriptionsUrl?: string;
      /** @default false */
      transcription: boolean;
      /** @default false */
      canTranscribe: boolean;
      greetingsUrl?: string;
      activeGreetingAlias?: string;
      activeGreetingId?: string;
      /** @example 50000 */
      accessNumber?: string;
    };
    PhonelineVoicemailsResponse: {
      items?: components["schemas"]["PhonelineVoicemailResponse"][];
    };
    PlayRecordingRequest: {
      /** @example e0 */
      deviceId?: string;
      /** @example 1000171 */
      datadId?: string;
    };
    PortingNumberResponse: {
      id?: string;
      /** @example 4915799912345 */
      number?: string;
    };
    PortingResponse: {
      id?: string;
      /** @example 2015-10-21 */
      portDate?: string;
      numbers?: components["schemas"]["PortingNumberResponse"][];
      /**
       * Format: int32
       * @example 200
       */
      status?: number;
      /** @default false */
      revocable: boolean;
      /** @default false */
      pending: boolean;
    };
    PortingsResponse: {
      items?: components["schemas"]["PortingResponse"][];
    };
    PropertiesResponse: {
      /** @default false */
      identityVerificationRequired: boolean;
      /** @default false */
      verificationLetterCodeRequired: boolean;
      /** @default false */
      showSipCredentials: boolean;
      /** @default false */
      showRegisterDndOption: boolean;
      /** @default false */
      showDisplaySingleLineOption: boolean;
      /** @default false */
      showClick2DialButton: boolean;
      /** @default false */
      showVerificationLetter: boolean;
      /** @default false */
      hasDedicatedAdminArea: boolean;
      /** @default false */
      showSimRelevantOptions: boolean;
      /** @default false */
      showESimOptions: boolean;
      /** @default false */
      showEventTimeToLiveHint: boolean;
      /** @default false */
      showNettoPrices: boolean;
      /** @default false */
      showBasicLogo: boolean;
      /** @default false */
      showSimquadratLogo: boolean;
      /** @default false */
      identityVerificationRequiredForMobile: boolean;
      /** @default false */
      chatbotHuman: boolean;
      /** @default false */
      chatbotUsingInformalLanguage: boolean;
      /** @default false */
      multiSimProduct: boolean;
      /** @default false */
      productWithoutBaseFee: boolean;
      /** @default false */
      voipOnlyProduct: boolean;
      /** @default false */
      mobileOnlyProduct: boolean;
    };
    RecordingRequest: {
      /**
       * @description Announce recording start/stop to all participants
       * @example true
       */
      announcement: boolean;
      /**
       * @description Start/stop the recording
       * @example true
       */
      value: boolean;
    };
    RecordingSettingsIncomingRequest: {
      /** @default false */
      active: boolean;
    };
    RegisterDeviceResponse: {
      /** @example e0 */
      id?: string;
      /** @example VoIP phone of Grace Hopper */
      alias?: string;
      /** @enum {string} */
      type?: "REGISTER" | "MOBILE" | "EXTERNAL";
      /** @default false */
      online: boolean;
      /** @default false */
      dnd: boolean;
      activePhonelines?: components["schemas"]["ActiveRouting"][];
      activeGroups?: components["schemas"]["ActiveRouting"][];
      credentials?: components["schemas"]["CredentialsResponse"];
      registered?: components["schemas"]["RegisteredDevice"][];
      /** @example 1234 */
      emergencyAddressId?: string;
      /** @example /addresses/1234 */
      addressUrl?: string;
    };
    RegisteredDevice: {
      userAgent?: string;
      ip?: string;
      port?: string;
    };
    ReportTarget: {
      /** @example 42 */
      id?: string;
      /** @example grace.hopper@example.com */
      email?: string;
    };
    RequestPasswordResetRequest: {
      username?: string;
    };
    ResendFaxRequest: {
      /** @example 100018428 */
      faxId: string;
      /** @example f0 */
      faxlineId?: string;
    };
    RestrictionItem: {
      /** @enum {string} */
      restriction?: "CAN_CREATE_REGISTER_DEVICE" | "CAN_DELETE_REGISTER_DEVICE" | "CAN_CREATE_TRUNK_DEVICE" | "CAN_DELETE_TRUNK_DEVICE" | "CAN_BOOK_TRUNKING" | "CAN_SEE_TRUNKING_CONTINGENT_ADVERTISEMENT" | "CAN_CREATE_MOBILE_DEVICE" | "CAN_DELETE_MOBILE_DEVICE" | "CAN_CREATE_UNLINKED_MOBILE_DEVICE" | "CAN_DELETE_UNLINKED_MOBILE_DEVICE" | "CAN_USE_UNLINKED_MOBILE_DEVICES" | "CAN_DELETE_SIM_DEVICE" | "CAN_CREATE_EXTERNAL_DEVICE" | "CAN_DELETE_EXTERNAL_DEVICE" | "CAN_CHANGE_EXTERNAL_DEVICE" | "CAN_BOOK_PHONELINE_FEATURE" | "CAN_CREATE_PHONELINE_EXTENSION" | "CAN_DELETE_PHONELINE_EXTENSION" | "CAN_CREATE_QUICKDIAL_NUMBER" | "CAN_CHANGE_QUICKDIAL_NUMBER" | "CAN_DELETE_QUICKDIAL_NUMBER" | "CAN_GET_HISTORY" | "CAN_CREATE_FAX_EXTENSION" | "CAN_DELETE_FAX_EXTENSION" | "CAN_BOOK_FAX_FEATURE" | "CAN_SEND_FAX" | "CAN_RECEIVE_FAX" | "CAN_CHANGE_DEVICE_EMERGENCY_LOCATION" | "CAN_ACTIVATE_SIM" | "CAN_GET_ACCOUNT_BALANCE" | "CAN_USE_AUTOPROVISION" | "CAN_REORDER_SIM" | "CAN_GET_BLACKLIST" | "CAN_MANAGE_BLACKLIST" | "CAN_CHANGE_PHONE_PROVISIONING_CONFIGURATION" | "CAN_GET_PHONE_PROVISIONING_CONFIGURATION" | "CAN_ACCOUNT_SEND_WEB_SMS" | "CAN_ACTIVATE_CALL_RECORDING" | "CAN_CHANGE_BUSY_ON_BUSY" | "CAN_CREATE_CRM_INTEGRATION" | "CAN_CHANGE_CRM_INTEGRATION" | "CAN_DELETE_CRM_INTEGRATION" | "CAN_UPGRADE_CONTRACT" | "CAN_CHANGE_USER_LOCATION" | "CAN_CHANGE_USER_LOGIN" | "CAN_CHANGE_USER_ROLE" | "CAN_USE_PBX_FEATURES" | "CAN_USE_PRO_FEATURES" | "CAN_USE_TRUNKS" | "CAN_USE_CONFERENCE_ROOMS" | "CAN_CREATE_CONFERENCE_ROOM" | "CAN_USE_AFFILIATE" | "CAN_USE_PUSH_API" | "CAN_USE_FEATURE_STORE" | "CAN_CREATE_SHARED_CONTACTS" | "CAN_USE_SOFTPHONE" | "CAN_USE_TEAM_CLINQ" | "CAN_ADD_PHONE_NUMBER" | "CAN_EDIT_GROUP_SETTINGS" | "CAN_INDIVIDUALIZE_ACCOUNT" | "CAN_CREATE_WEBUSER" | "CAN_CREATE_UNLINKED_DEVICE" | "CAN_DELETE_UNLINKED_DEVICE" | "CAN_SEE_PREVIEW_MESSAGES" | "CAN_CHANGE_FORWARDING_TIMES" | "CAN_USE_UNLINKED_DEVICES" | "CAN_USE_GROUPS" | "CAN_USE_WEB_BLF" | "CAN_CHANGE_VOICEMAIL_SETTINGS" | "CAN_CREATE_SHARED_VOIP_PHONE_WITHOUT_CHARGE" | "CAN_CREATE_EXTRA_VOIP_PHONE_WITHOUT_CHARGE" | "CAN_CREATE_GREETING_FOR_ALL_USERS" | "CAN_USE_IVR" | "CAN_CREATE_IVR" | "NOTIFICATION_RESTRICTIONS" | "GSUITE_EXTENSION";
      value?: Record<string, never>;
      /** @example w0 */
      target?: string;
    };
    RestrictionsResponse: {
      items?: components["schemas"]["RestrictionItem"][];
    };
    RouteDeviceRequest: {
      /** @example e0 */
      deviceId: string;
    };
    RoutedEndpointResponse: {
      /** @enum {string} */
      type?: "FORWARDED" | "ROUTED" | "PICKUP";
      endpoint?: components["schemas"]["EndpointResponse"];
    };
    SendFaxRequest: {
      /** @example f0 */
      faxlineId: string;
      /** @example 4921112345678 */
      recipient: string;
      /** @example fax.pdf */
      filename: string;
      /** @example TWF5IHRoZSBmb3VydGggYmUgd2l0aCB5b3U= */
      base64Content: string;
    };
    SendFaxSessionResponse: {
      sessionId?: string;
    };
    SendWebSmsRequest: {
      /** @example s0 */
      smsId: string;
      /** @example 4915799912345 */
      recipient: string;
      /** @example Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor invidunt ut labore et dolore magna aliquyam erat, sed diam voluptua. */
      message: string;
      /**
       * Format: int64
       * @example 1546850272
       */
      sendAt?: number;
    };
    SetAliasRequest: {
      /** @example Theodore Sturgeon's connection */
      alias?: string;
    };
    SetBlockAnonymousSettingsRequest: {
      /** @default false */
      enabled: boolean;
      /** @enum {string} */
      target?: "REJECT" | "VOICEMAIL";
    };
    SetBusyOnBusySettingsRequest: {
      /** @default false */
      enabled: boolean;
    };
    SetCallRestrictionRequest: {
      /**
       * @default false
       * @example true
       */
      enabled: boolean;
    };
    SetDefaultDeviceRequest: {
      /** @example e0 */
      deviceId: string;
    };
    SetDeviceAliasRequest: {
      /** @example Theodore Sturgeon's device */
      value?: string;
    };
    SetForwardingsRequest: {
      forwardings?: components["schemas"]["Forwarding"][];
    };
    SetHistoryEntryArchiveRequest: {
      /**
       * @default false
       * @example true
       */
      value: boolean;
    };
    SetHistoryEntryNoteRequest: {
      note: string;
    };
    SetHistoryEntryReadRequest: {
      /**
       * @default false
       * @example true
       */
      value: boolean;
    };
    SetLocationRequest: {
      /** Format: int32 */
      addressId?: number;
    };
    SetParallelForwardingRequest: {
      /** @example 4915799912345 */
      destination?: string;
      /** @example Bjarne Stroustrup's mobile */
      alias?: string;
      /** @default false */
      active: boolean;
    };
    SetSipgateIoAccountSettingsRequest: {
      /** @example https://io.sipgate.beer/my/incoming/url */
      incomingUrl: string;
      /** @example https://io.sipgate.rehab/my/outgoing/url */
      outgoingUrl: string;
      /**
       * @default false
       * @example true
       */
      log: boolean;
      whitelist?: string[] | null;
    };
    SetSipgateIoPhonelineSettingsRequest: {
      /** @default false */
      incomingActive: boolean;
      /** @default false */
      outgoingActive: boolean;
      /** @example https://io.sipgate.beer/my/incoming/url */
      incomingUrl: string;
      /** @example https://io.sipgate.rehab/my/outgoing/url */
      outgoingUrl: string;
      /** @default false */
      log: boolean;
      /** @example -----BEGIN CERTIFICATE----- */
      certificate?: string;
      /** @default false */
      allowSelfSigned: boolean;
    };
    SetSmsCallerIdRequest: {
      /** @default false */
      defaultNumber: boolean;
    };
    SetUserRoleRequest: {
      /** @default false */
      admin: boolean;
    };
    SimpleGroupResponse: {
      /** @example g0 */
      id?: string;
      /** @example Turings Group */
      alias?: string;
      groupNumbersUrl?: string;
      groupUsersUrl?: string;
      /** Format: int64 */
      departmentId?: number;
    };
    SimpleGroupsResponse: {
      items?: components["schemas"]["SimpleGroupResponse"][];
    };
    SimplePhonelineResponse: {
      /** @example p0 */
      id?: string;
      /** @example Alan Turing */
      alias?: string;
      blockAnonymousUrl?: string;
      devicesUrl?: string;
      forwardingsUrl?: string;
      numbersUrl?: string;
      parallelForwardingsUrl?: string;
      voicemailsUrl?: string;
    };
    SimplePhonelinesResponse: {
      items?: components["schemas"]["SimplePhonelineResponse"][];
    };
    SimpleVoicemailResponse: {
      /** @example v0 */
      id?: string;
      /** @example Voicemail of Grace Hopper */
      alias?: string;
      belongsToEndpoint?: components["schemas"]["EndpointResponse"];
    };
    SingleRowDisplayRequest: {
      /** @default false */
      enabled: boolean;
    };
    SingleRowDisplayResponse: {
      /** @default false */
      enabled: boolean;
    };
    SipgateIoUrlResponse: {
      /** @example https://io.sipgate.beer/my/incoming/url */
      incomingUrl?: string;
      /** @example https://io.sipgate.rehab/my/outgoing/url */
      outgoingUrl?: string;
      /**
       * @default false
       * @example true
       */
      log: boolean;
      whitelist?: string[] | null;
    };
    SmsCallerIdRequest: {
      /** @example 4915799912345 */
      phonenumber?: string;
    };
    SmsCallerIdResponse: {
      /** Format: int32 */
      id?: number;
      phonenumber?: string;
      /** @default false */
      verified: boolean;
      /** @default false */
      defaultNumber: boolean;
    };
    SmsCallerIdsResponse: {
      items?: components["schemas"]["SmsCallerIdResponse"][];
    };
    SmsEmailTarget: {
      /** @example 42 */
      id?: string;
      /** @example grace.hopper@example.com */
      email?: string;
      /** @enum {string} */
      direction?: "INCOMING" | "OUTGOING";
    };
    SmsExtensionResponse: {
      /** @example s0 */
      id?: string;
      /** @example SMS von Douglas Engelbart */
      alias?: string;
      /** @example 4915799912345 */
      callerId?: string;
    };
    SmsExtensionsResponse: {
      items?: components["schemas"]["SmsExtensionResponse"][];
    };
    SmsNotificationResponse: {
      /** @example f0/v0/p0 */
      endpointId?: string;
      /** @example Fax/Voicemail of Grace Hopper */
      endpointAlias?: string;
      emails?: components["schemas"]["SmsEmailTarget"][];
    };
    SmsTarget: {
      /** @example 1337 */
      id?: string;
      /** @example 4915799912345 */
      number?: string;
    };
    TacResponse: {
      /** @default false */
      accepted: boolean;
    };
    TariffAnnouncementRequest: {
      /** @default false */
      enabled: boolean;
    };
    TariffAnnouncementResponse: {
      /** @default false */
      enabled: boolean;
    };
    TransferRequest: {
      /**
       * @description The transfer is attended or blind
       * @example false
       */
      attended: boolean;
      /**
       * @description Transfer target phone number
       * @example 4915799912345
       */
      phoneNumber: string;
      /**
       * @description Caller phone nuber
       * @example 492110012345
       */
      callerId?: string;
    };
    UpdateContactRequest: {
      /** @example 80d6bf52-5497-4c05-9ab6-076a377c92b7 */
      id?: string;
      /** @example Ada Lovelace */
      name?: string;
      /** @example Lovelace */
      family?: string;
      /** @example Ada */
      given?: string;
      /** @example 4AAQSkZJRgABAQAAAQABAAD... */
      picture?: string | null;
      emails?: components["schemas"]["EmailRequest"][];
      numbers?: components["schemas"]["NumberRequest"][];
      addresses?: components["schemas"]["AddressRequest"][];
      organization?: string[][];
      /**
       * @example PRIVATE
       * @enum {string}
       */
      scope: "PRIVATE" | "SHARED";
    };
    UpdateHistoryEntriesRequest: {
      id: string;
      /** @default false */
      archived: boolean;
      /** @default false */
      read: boolean;
      /** @default false */
      starred: boolean;
    };
    UpdateHistoryEntryRequest: {
      note?: string;
      /** @default false */
      archived: boolean;
      /** @default false */
      read: boolean;
      /** @default false */
      starred: boolean;
    };
    UserResponse: {
      /** @example w0 */
      id?: string;
      /** @example Ada */
      firstname?: string;
      /** @example Lovelace */
      lastname?: string;
      /** @example ada.lovelace@sipgate.love */
      email?: string;
      /** @example e0 */
      defaultDevice?: string;
      /**
       * @default false
       * @example true
       */
      busyOnBusy: boolean;
      /** @example 13 */
      addressId?: string;
      directDialIds?: string[];
      /** @example Europe/Berlin */
      timezone?: string;
      /** @default false */
      admin: boolean;
    };
    UserinfoResponse: {
      /** @example w0 */
      sub?: string;
      /** @example sipgate.de */
      domain?: string;
      /** @example 0000000 */
      masterSipId?: string;
      /** @example de_DE */
      locale?: string;
    };
    UsersResponse: {
      items?: components["schemas"]["UserResponse"][];
    };
    VerifySmsCallerIdRequest: {
      verificationCode?: string;
    };
    VoicemailNotificationResponse: {
      /** @example f0/v0/p0 */
      endpointId?: string;
      /** @example Fax/Voicemail of Grace Hopper */
      endpointAlias?: string;
      emails?: components["schemas"]["EmailTarget"][];
      sms?: components["schemas"]["SmsTarget"][];
    };
    VoicemailResponse: {
      /** @example v0 */
      id?: string;
      /** @example Voicemail of Grace Hopper */
      alias?: string;
      belongsToEndpoint?: components["schemas"]["EndpointResponse"];
      /** @default false */
      transcription: boolean;
      /** @default false */
      canTranscribe: boolean;
      activeGreetingAlias?: string;
      activeGreetingId?: string;
      /** @example 50000 */
      accessNumber?: string;
    };
    VoicemailSettingsResponse: {
      /** @example p0 */
      id?: string;
      /**
       * Format: int32
       * @example 10
       */
      timeout?: number;
      /** @default false */
      active: boolean;
    };
    VoicemailsResponse: {
      items?: components["schemas"]["SimpleVoicemailResponse"][];
    };
    createClient_request: {
      /**
       * @description Name of the application the client is intended to use with
       * @example Example name
       */
      name: string;
      /**
       * @description Short description of the application the client is intended to use with
       * @example Example description
       */
      description: string;
      /** @description Valid URI pattern a browser can redirect to after a successful login or logout (simple wildcards are allowed e.g. 'http://example.com/*') */
      redirectUris: string[];
      /** @description Allowed CORS origins (simple wildcards are allowed e.g. 'http://*.example.com') */
      webOrigins: string[];
      /**
       * @description The privacy policy URL
       * @example https://www.example.com/privacy
       */
      privacyUrl: string;
      /**
       * @description The terms and conditions URL
       * @example https://www.example.com/terms
       */
      termsUrl: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getIncomingEntries: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IncomingEntries"];
        };
      };
    };
  };
  addIncomingEntry: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["IncomingEntry"];
      };
    };
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IncomingEntry"];
        };
      };
      /** @description successful operation */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IncomingEntry"];
        };
      };
      /** @description Invalid phoneNumber supplied */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      /** @description IncomingEntry already exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
    };
  };
  removeIncomingEntry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        phoneNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid phoneNumber supplied */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      /** @description IncomingEntry not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
    };
  };
  getGreeting: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GreetingResponse"];
        };
      };
    };
  };
  addAutorecordingGreeting: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AddGreetingRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  deleteGreeting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique greeting identifier
         * @example abc123
         */
        greetingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getSetting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description unique device identifier */
        extension: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetRecordingSettingResponse"];
        };
      };
    };
  };
  updateSetting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description unique device identifier */
        extension: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["RecordingSettingsIncomingRequest"];
      };
    };
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetRecordingSettingResponse"];
        };
      };
    };
  };
  getCalls: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Calls"];
        };
      };
    };
  };
  setCallMuted: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        callId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["BooleanRequest"];
      };
    };
    responses: {
      /** @description Success */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Call not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  setCallRecording: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        callId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["RecordingRequest"];
      };
    };
    responses: {
      /** @description Success */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Call not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  startCallAnnouncement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        callId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AnnouncementRequest"];
      };
    };
    responses: {
      /** @description Success */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Call not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  transferCall: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        callId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["TransferRequest"];
      };
    };
    responses: {
      /** @description Success */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Call not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  hangupCall: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        callId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Call not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  sendCallDtmf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        callId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["DtmfRequest"];
      };
    };
    responses: {
      /** @description Success */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Call not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  setCallHold: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        callId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["BooleanRequest"];
      };
    };
    responses: {
      /** @description Success */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Call not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getRestrictions: {
    parameters: {
      query: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The requested restrictions
         * @example CAN_CREATE_REGISTER_DEVICE
         */
        restriction?: ("CAN_CREATE_REGISTER_DEVICE" | "CAN_DELETE_REGISTER_DEVICE" | "CAN_CREATE_TRUNK_DEVICE" | "CAN_DELETE_TRUNK_DEVICE" | "CAN_BOOK_TRUNKING" | "CAN_SEE_TRUNKING_CONTINGENT_ADVERTISEMENT" | "CAN_CREATE_MOBILE_DEVICE" | "CAN_DELETE_MOBILE_DEVICE" | "CAN_CREATE_UNLINKED_MOBILE_DEVICE" | "CAN_DELETE_UNLINKED_MOBILE_DEVICE" | "CAN_USE_UNLINKED_MOBILE_DEVICES" | "CAN_DELETE_SIM_DEVICE" | "CAN_CREATE_EXTERNAL_DEVICE" | "CAN_DELETE_EXTERNAL_DEVICE" | "CAN_CHANGE_EXTERNAL_DEVICE" | "CAN_BOOK_PHONELINE_FEATURE" | "CAN_CREATE_PHONELINE_EXTENSION" | "CAN_DELETE_PHONELINE_EXTENSION" | "CAN_CREATE_QUICKDIAL_NUMBER" | "CAN_CHANGE_QUICKDIAL_NUMBER" | "CAN_DELETE_QUICKDIAL_NUMBER" | "CAN_GET_HISTORY" | "CAN_CREATE_FAX_EXTENSION" | "CAN_DELETE_FAX_EXTENSION" | "CAN_BOOK_FAX_FEATURE" | "CAN_SEND_FAX" | "CAN_RECEIVE_FAX" | "CAN_CHANGE_DEVICE_EMERGENCY_LOCATION" | "CAN_ACTIVATE_SIM" | "CAN_GET_ACCOUNT_BALANCE" | "CAN_USE_AUTOPROVISION" | "CAN_REORDER_SIM" | "CAN_GET_BLACKLIST" | "CAN_MANAGE_BLACKLIST" | "CAN_CHANGE_PHONE_PROVISIONING_CONFIGURATION" | "CAN_GET_PHONE_PROVISIONING_CONFIGURATION" | "CAN_ACCOUNT_SEND_WEB_SMS" | "CAN_ACTIVATE_CALL_RECORDING" | "CAN_CHANGE_BUSY_ON_BUSY" | "CAN_CREATE_CRM_INTEGRATION" | "CAN_CHANGE_CRM_INTEGRATION" | "CAN_DELETE_CRM_INTEGRATION" | "CAN_UPGRADE_CONTRACT" | "CAN_CHANGE_USER_LOCATION" | "CAN_CHANGE_USER_LOGIN" | "CAN_CHANGE_USER_ROLE" | "CAN_USE_PBX_FEATURES" | "CAN_USE_PRO_FEATURES" | "CAN_USE_TRUNKS" | "CAN_USE_CONFERENCE_ROOMS" | "CAN_CREATE_CONFERENCE_ROOM" | "CAN_USE_AFFILIATE" | "CAN_USE_PUSH_API" | "CAN_USE_FEATURE_STORE" | "CAN_CREATE_SHARED_CONTACTS" | "CAN_USE_SOFTPHONE" | "CAN_USE_TEAM_CLINQ" | "CAN_ADD_PHONE_NUMBER" | "CAN_EDIT_GROUP_SETTINGS" | "CAN_INDIVIDUALIZE_ACCOUNT" | "CAN_CREATE_WEBUSER" | "CAN_CREATE_UNLINKED_DEVICE" | "CAN_DELETE_UNLINKED_DEVICE" | "CAN_SEE_PREVIEW_MESSAGES" | "CAN_CHANGE_FORWARDING_TIMES" | "CAN_USE_UNLINKED_DEVICES" | "CAN_USE_GROUPS" | "CAN_USE_WEB_BLF" | "CAN_CHANGE_VOICEMAIL_SETTINGS" | "CAN_CREATE_SHARED_VOIP_PHONE_WITHOUT_CHARGE" | "CAN_CREATE_EXTRA_VOIP_PHONE_WITHOUT_CHARGE" | "CAN_CREATE_GREETING_FOR_ALL_USERS" | "CAN_USE_IVR" | "CAN_CREATE_IVR" | "NOTIFICATION_RESTRICTIONS" | "GSUITE_EXTENSION")[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RestrictionsResponse"];
        };
      };
    };
  };
  getUrls: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiUrlsResponse"];
        };
      };
    };
  };
  getAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AccountResponse"];
        };
      };
      /** @description Account not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AccountVerificationRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Verification code not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getAddresses: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AddressesResponse"];
        };
      };
    };
  };
  getItemCount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ItemCountResponse"];
        };
      };
    };
  };
  getAddress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique address identifier
         * @example 123
         */
        addressId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AddressResponse"];
        };
      };
    };
  };
  modifyAddress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique address identifier
         * @example abc123
         */
        addressId: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ModifyAddressRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getAddressNumbers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique address identifier
         * @example 123
         */
        addressId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NumbersResponse"];
        };
      };
    };
  };
  getEvents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EventsResponse"];
        };
      };
    };
  };
  deleteEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EventsResponse"];
        };
      };
    };
  };
  getLinks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LinksResponse"];
        };
      };
    };
  };
  getProperties: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PropertiesResponse"];
        };
      };
    };
  };
  getTac: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TacResponse"];
        };
      };
    };
  };
  getUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UsersResponse"];
        };
      };
    };
  };
  userinfo: {
    parameters: {
      query?: never;
      header?: {
        /** @description Basic <base64 token> */
        Authorization?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserinfoResponse"];
        };
      };
      /** @description Invalid token supplied */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getBalance: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BalanceResponse"];
        };
      };
    };
  };
  getCallRestrictions: {
    parameters: {
      query?: {
        /** @description List of extensions */
        userIds?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CallRestrictionResponse"];
        };
      };
      /** @description User not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getAllContacts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InternalContactsResponse"];
        };
      };
    };
  };
  getDevice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique device identifier
         * @example e0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeviceResponse"];
        };
      };
    };
  };
  changeDeviceSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique device identifier
         * @example e0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ChangeDeviceRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  deleteDevice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique device identifier
         * @example e0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  changeDeviceAlias: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique device identifier
         * @example e0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetDeviceAliasRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Device not found */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getCallerId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique device identifier
         * @example e0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CallerIdResponse"];
        };
      };
      /** @description Feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  changeCallerIdSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique device identifier
         * @example e0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CallerIdRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  changeDevicePassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique device identifier
         * @example e0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  changeCallerDisplayOfDevice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique external device identifier
         * @example x0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ChangeExternalDeviceIncomingCallDisplayRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  changeTargetNumberOfDevice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique external device identifier
         * @example x0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ChangeExternalDeviceTargetNumberRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getLocalprefix: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique device identifier
         * @example e0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LocalprefixResponse"];
        };
      };
    };
  };
  changeLocalprefixSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique device identifier
         * @example e0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["LocalprefixRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getSingleRowDisplay: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique device identifier
         * @example e0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SingleRowDisplayResponse"];
        };
      };
    };
  };
  changeSingleRowDisplay: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique device identifier
         * @example e0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SingleRowDisplayRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getTariffAnnouncement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique device identifier
         * @example e0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TariffAnnouncementResponse"];
        };
      };
      /** @description Feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  changeTariffAnnouncement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique device identifier
         * @example e0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["TariffAnnouncementRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getGroupFaxlinesForUser: {
    parameters: {
      query?: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupFaxlinesResponse"];
        };
      };
    };
  };
  getGroupFaxlineCallerId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique fax line identifier
         * @example f0
         */
        faxlineId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FaxlineCallerIdResponse"];
        };
      };
    };
  };
  getGroupFaxlineNumbers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique fax line identifier
         * @example f0
         */
        faxlineId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EndpointNumbersResponse"];
        };
      };
    };
  };
  getGroups: {
    parameters: {
      query?: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SimpleGroupsResponse"];
        };
      };
    };
  };
  getGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique group identifier
         * @example g0
         */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupResponse"];
        };
      };
    };
  };
  addDeviceToGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique group identifier
         * @example g0
         */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["RouteDeviceRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  removeDeviceFromGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique group identifier
         * @example g0
         */
        groupId: string;
        /**
         * @description The unique device identifier
         * @example e0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getGroupFaxlines: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique group identifier
         * @example g0
         */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupFaxlinesResponse"];
        };
      };
    };
  };
  getGroupNumbers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique group identifier
         * @example g0
         */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupNumbersResponse"];
        };
      };
    };
  };
  getGroupUsers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique group identifier
         * @example g0
         */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupUsersResponse"];
        };
      };
    };
  };
  getGroupVoicemail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique group identifier
         * @example g0
         */
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PhonelineVoicemailsResponse"];
        };
      };
    };
  };
  getHistory: {
    parameters: {
      query?: {
        /** @description List of extensions */
        connectionIds?: string[];
        /** @description Filter by type */
        types?: ("CALL" | "VOICEMAIL" | "SMS" | "FAX")[];
        /** @description Filter for incoming/outgoing/missed */
        directions?: ("INCOMING" | "OUTGOING" | "MISSED_INCOMING" | "MISSED_OUTGOING")[];
        /** @description The offset used for pagination */
        offset?: number;
        /** @description Limit result rows */
        limit?: number;
        /** @description Only show archived events */
        archived?: boolean;
        /** @description Filter for starred/unstarred */
        starred?: ("STARRED" | "UNSTARRED")[];
        /** @description Filter 'from' date time in ISO8601 format */
        from?: string;
        /** @description Filter 'to' date time in ISO8601 format */
        to?: string;
        /** @description Filter events to or from given number */
        phonenumber?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HistoryResponse"];
        };
      };
    };
  };
  updateHistoryEntries: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description A list of events which should be updated. Must be less than 150 */
    requestBody?: {
      content: {
        "application/json": components["schemas"]["UpdateHistoryEntriesRequest"][];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  deleteHistoryEntries: {
    parameters: {
      query?: {
        /** @description List of entry ids to delete */
        id?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getHistoryCSV: {
    parameters: {
      query?: {
        /** @description List of extensions */
        connectionIds?: string[];
        /** @description Filter by type */
        types?: ("CALL" | "VOICEMAIL" | "SMS" | "FAX")[];
        /** @description Filter for incoming/outgoing/missed */
        directions?: ("INCOMING" | "OUTGOING" | "MISSED_INCOMING" | "MISSED_OUTGOING")[];
        /** @description The offset used for pagination */
        offset?: number;
        /** @description Limit result rows */
        limit?: number;
        /** @description Only show archived events */
        archived?: boolean;
        /** @description Filter for starred/unstarred */
        starred?: ("STARRED" | "UNSTARRED")[];
        /** @description Filter 'from' date time in ISO8601 format */
        from?: string;
        /** @description Filter 'to' date time in ISO8601 format */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV (overlay: corrections #7) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /** @example id,source,target */
          "text/csv": string;
        };
      };
    };
  };
  getHistoryById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique call, fax, sms or voicemail identifier
         * @example abc123
         */
        entryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HistoryEntryResponse"];
        };
      };
    };
  };
  updateHistoryEntry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique call, fax, sms or voicemail identifier
         * @example abc123
         */
        entryId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["UpdateHistoryEntryRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  deleteHistoryEntry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique call, fax, sms or voicemail identifier
         * @example abc123
         */
        entryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  setArchive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique call, fax, sms or voicemail identifier
         * @example 12345
         */
        entryId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetHistoryEntryArchiveRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  setHistoryEntryNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique call, fax, sms or voicemail identifier
         * @example abc123
         */
        entryId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetHistoryEntryNoteRequest"];
      };
    };
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/octet-stream": components["schemas"]["HistoryEntryResponse"];
          "application/json": components["schemas"]["HistoryEntryResponse"];
        };
      };
    };
  };
  setReadProperty: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique call, fax, sms or voicemail identifier
         * @example 12345
         */
        entryId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetHistoryEntryReadRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getWebhooksLog: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PhonelineSipgateIoLogsResponse"];
        };
      };
      /** @description Feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getNumbers: {
    parameters: {
      query?: {
        offset?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NumbersResponse"];
        };
      };
    };
  };
  addQuickDialNumber: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AddDirectDialRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  validateQuickDialNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The quick dial number
         * @example 42
         */
        quickDialNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  changeQuickDialNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        numberId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ChangeDirectDialRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  deleteQuickDialNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique quick dial number identifier
         * @example abc123
         */
        numberId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  changeNumberSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique phone number identifier
         * @example 123
         */
        numberId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ChangeNumberSettingsRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Number not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  requestPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["RequestPasswordResetRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        nonce: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ChangePasswordRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getPortings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PortingsResponse"];
        };
      };
    };
  };
  getPorting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        portingId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PortingResponse"];
        };
      };
    };
  };
  revokePorting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        portingId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PortingsResponse"];
        };
      };
    };
  };
  newCall: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["NewCallRequest"];
      };
    };
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InitiateNewCallSessionResponse"];
        };
      };
      /** @description User supplied invalid callee number<br>User supplied invalid caller number<br>DeviceId is required if caller is a phone number */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Insufficient funds */
      402: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description User is not allowed to initiate call with given parameters */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  sendFax: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SendFaxRequest"];
      };
    };
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SendFaxSessionResponse"];
        };
      };
      /** @description Insufficient funds */
      402: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  resendFax: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ResendFaxRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Insufficient funds */
      402: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  newIvrRecording: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["NewIvrRecordingRequest"];
      };
    };
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InitiateNewCallSessionResponse"];
        };
      };
      /** @description User supplied invalid callee number<br>User supplied invalid caller number<br>DeviceId is required if caller is a phone number */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Insufficient funds */
      402: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description User is not allowed to initiate call with given parameters */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  sendWebSms: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SendWebSmsRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Insufficient funds */
      402: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  playRecording: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PlayRecordingRequest"];
      };
    };
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InitiateNewCallSessionResponse"];
        };
      };
      /** @description User supplied invalid callee number<br>User supplied invalid caller number<br>DeviceId is required if caller is a phone number */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Insufficient funds */
      402: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description User is not allowed to initiate call with given parameters */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  newRecording: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["NewVoicemailRecordingRecordingRequest"];
      };
    };
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InitiateNewCallSessionResponse"];
        };
      };
      /** @description User supplied invalid callee number<br>User supplied invalid caller number<br>DeviceId is required if caller is a phone number */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Insufficient funds */
      402: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description User is not allowed to initiate call with given parameters */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getSipgateIoUrls: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SipgateIoUrlResponse"];
        };
      };
      /** @description sipgate.io feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  setSipgateIoUrls: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetSipgateIoAccountSettingsRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description sipgate.io feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getLanguage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The language
         * @example de_DE
         */
        language: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getAllUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UsersResponse"];
        };
      };
    };
  };
  getUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserResponse"];
        };
      };
      /** @description User not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  deleteUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserResponse"];
        };
      };
      /** @description User not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  setBusyOnBusySetting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetBusyOnBusySettingsRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  setDefaultDevice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetDefaultDeviceRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  setLocation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetLocationRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  setRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetUserRoleRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getVoicemails: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["VoicemailsResponse"];
        };
      };
    };
  };
  getVoicemail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique voicemail identifier
         * @example v0
         */
        voicemailId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["VoicemailResponse"];
        };
      };
    };
  };
  setCallRestriction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The name of the call restriction
         * @example roaming
         */
        restriction: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetCallRestrictionRequest"];
      };
    };
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CallRestrictionResponse"];
        };
      };
      /** @description Call restriction not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getDevices: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DevicesResponse"];
        };
      };
    };
  };
  createDevice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CreateDeviceRequest"];
      };
    };
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeviceResponse"];
        };
      };
    };
  };
  createExternalDevice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CreateExternalDeviceRequest"];
      };
    };
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExternalDeviceResponse"];
        };
      };
    };
  };
  createMobileDevice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CreateMobileDeviceRequest"];
      };
    };
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MobileDeviceResponse"];
        };
      };
    };
  };
  createRegisterDevice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CreateRegisterDeviceRequest"];
      };
    };
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RegisterDeviceResponse"];
        };
      };
    };
  };
  getDeviceContingents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique device identifier
         * @example y0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeviceContingentsResponse"];
        };
      };
    };
  };
  activateSim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique mobile device identifier
         * @example y0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ActivateSimRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  deactivateSim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique mobile device identifier
         * @example y0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  orderSim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique mobile device identifier
         * @example y0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["OrderSimRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description User or device not found */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getUserFaxlines: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FaxlinesResponse"];
        };
      };
      /** @description Feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  createFaxline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FaxlineResponse"];
        };
      };
    };
  };
  changeFaxlineAlias: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique fax line identifier
         * @example f0
         */
        faxlineId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetAliasRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Faxline not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  deleteFaxline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique fax line identifier
         * @example f0
         */
        faxlineId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getFaxlineCallerId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique fax line identifier
         * @example f0
         */
        faxlineId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FaxlineCallerIdResponse"];
        };
      };
      /** @description Feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  changeFaxlineCallerIdSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique fax line identifier
         * @example f0
         */
        faxlineId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["FaxlineCallerIdRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getFaxlineNumbers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique fax line identifier
         * @example f0
         */
        faxlineId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EndpointNumbersResponse"];
        };
      };
    };
  };
  changeTagline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique fax line identifier
         * @example f0
         */
        faxlineId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["FaxlineTaglineRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getNotifications: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NotificationsResponse"];
        };
      };
    };
  };
  createEmailNotificationForCall: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AddCallEmailNotificationRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Limit reached */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  createSmsNotificationForCall: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AddCallSmsNotificationRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Limit reached */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  addFaxEmailNotification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AddFaxEmailNotificationRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Fax feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  addFaxReportEmailNotification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AddFaxReportEmailNotificationRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Fax feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  addFaxSmsNotification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AddFaxSmsNotificationRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Fax feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  addSmsEmailNotification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AddSmsEmailNotificationRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description SMSToMail feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  addVoicemailEmailNotification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AddVoicemailEmailVoicemailNotificationRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Voicemail feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  addVoicemailSmsNotification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AddVoicemailSmslVoicemailNotificationRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Voicemail feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  deleteNotification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique notification identifier
         * @example abc123
         */
        notificationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getUserNumbers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NumbersResponse"];
        };
      };
    };
  };
  getPhonelines: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SimplePhonelinesResponse"];
        };
      };
    };
  };
  createPhoneline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SimplePhonelineResponse"];
        };
      };
    };
  };
  getPhoneline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PhonelineResponse"];
        };
      };
    };
  };
  setPhonelineAlias: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetAliasRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Phoneline not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  deletePhoneline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Phoneline not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getBlockAnonymousSetting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PhonelineBlockAnonymousResponse"];
        };
      };
    };
  };
  setBlockAnonymousSetting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetBlockAnonymousSettingsRequest"];
      };
    };
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PhonelineBlockAnonymousResponse"];
        };
      };
    };
  };
  getDevicesForPhoneline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DevicesResponse"];
        };
      };
    };
  };
  addDeviceToPhoneline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["RouteDeviceRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  removeDeviceFromPhoneline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
        /**
         * @description The unique device identifier
         * @example e0
         */
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getPhonelineForwardings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ForwardingsResponse"];
        };
      };
      /** @description Feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  setPhonelineForwardingSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetForwardingsRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Forwarding settings could not be changed due to bad request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getPhonelineNumbers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EndpointNumbersResponse"];
        };
      };
    };
  };
  getPhonelineParallelForwardings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ParallelForwardingsResponse"];
        };
      };
      /** @description Feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  addParallelForwarding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetParallelForwardingRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  changeParallelForwardingSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
        /**
         * @description The unique external device identifier
         * @example x0
         */
        parallelForwardingId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetParallelForwardingRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Parallel forwarding not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  deleteParallelForwardingSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
        /**
         * @description The unique external device identifier
         * @example x0
         */
        parallelForwardingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Parallel forwarding not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getSipgateIoSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PhonelineSipgateIoResponse"];
        };
      };
      /** @description sipgate.io feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  setSipgateIoSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetSipgateIoPhonelineSettingsRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description sipgate.io feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getSipgateIoLogs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PhonelineSipgateIoLogsResponse"];
        };
      };
      /** @description sipgate.io feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getPhonelineVoicemails: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PhonelineVoicemailsResponse"];
        };
      };
      /** @description Voicemail feature not booked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  changeVoicemailSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
        /**
         * @description The unique voicemail identifier
         * @example v0
         */
        voicemailId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ChangeVoicemailRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Voicemail settings could not be changed due to bad request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Transcription not available */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getPhonelineVoicemailGreetings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
        /**
         * @description The unique voicemail identifier
         * @example v0
         */
        voicemailId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GreetingsResponse"];
        };
      };
    };
  };
  addGreeting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
        /**
         * @description The unique voicemail identifier
         * @example v0
         */
        voicemailId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AddGreetingRequest"];
      };
    };
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GreetingsResponse"];
        };
      };
    };
  };
  changePhonelineVoicemailGreeting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
        /**
         * @description The unique voicemail identifier
         * @example v0
         */
        voicemailId: string;
        /**
         * @description The unique greeting identifier
         * @example abc123
         */
        greetingId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ChangeVoicemailGreetingRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  deletePhonlineVoicemailGreeting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
        /**
         * @description The unique voicemail identifier
         * @example v0
         */
        voicemailId: string;
        /**
         * @description The unique greeting identifier
         * @example abc123
         */
        greetingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  changePhonelineVoicemailTranscriptionSetting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique phone line identifier
         * @example p0
         */
        phonelineId: string;
        /**
         * @description The unique voicemail identifier
         * @example v0
         */
        voicemailId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ChangeVoicemailTranscriptionRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getSmsExtensions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsExtensionsResponse"];
        };
      };
    };
  };
  setSmsAlias: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique short message service identifier
         * @example s0
         */
        smsId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetAliasRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Short message service not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getSmsCallerIds: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique short message service identifier
         * @example s0
         */
        smsId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsCallerIdsResponse"];
        };
      };
    };
  };
  addCallerId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique short message service identifier
         * @example s0
         */
        smsId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SmsCallerIdRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Insufficient funds */
      402: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  editCallerId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique short message service identifier
         * @example s0
         */
        smsId: string;
        /**
         * @description The caller ID
         * @example 123
         */
        callerId: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetSmsCallerIdRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  deleteSmsCallerId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique short message service identifier
         * @example s0
         */
        smsId: string;
        /**
         * @description The caller ID
         * @example 123
         */
        callerId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  verifyCallerId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The unique user identifier
         * @example w0
         */
        userId: string;
        /**
         * @description The unique short message service identifier
         * @example s0
         */
        smsId: string;
        /**
         * @description The caller ID
         * @example 123
         */
        callerId: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["VerifySmsCallerIdRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getClients: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OAuthClients"];
        };
      };
    };
  };
  createClient: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["createClient_request"];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OAuthClient"];
        };
      };
    };
  };
  getClient: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The unique OAuth 2.0 client identifier */
        clientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OAuthClient"];
        };
      };
    };
  };
  updateClient: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The unique OAuth 2.0 client identifier */
        clientId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["createClient_request"];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OAuthClient"];
        };
      };
    };
  };
  deleteClient: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The unique OAuth 2.0 client identifier */
        clientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deletion request accepted */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getGdprUrls: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The unique OAuth 2.0 client identifier */
        clientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GdprUrls"];
        };
      };
    };
  };
  getVerification: {
    parameters: {
      query?: {
        allowStart?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IdentityVerificationResponse"];
        };
      };
    };
  };
  getContacts: {
    parameters: {
      query?: {
        /** @description Filter contacts by phonenumbers */
        phonenumbers?: string[];
        /** @description Limit result rows */
        limit?: number;
        /** @description The offset used for pagination */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description successful operation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ContactsResponse"];
        };
      };
    };
  };
  createContact: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CreateContactRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  deleteAllContacts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  importFromCSV: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ImportCSVRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  importFromGoogle: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ImportGoogleRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  updateContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        contactId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["UpdateContactRequest"];
      };
    };
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  deleteContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        contactId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content (overlay: corrections #4) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description successful operation */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
