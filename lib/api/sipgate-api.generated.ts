/**
 * GENERATED FILE: do not edit. `npm run generate` rebuilds it from sipgate's OpenAPI contract
 * (sipgate-openapi.yaml, info.version 2.0.0) with openapi-typescript, after the overlay in
 * test/api/overlay.ts corrects the contract's documented defects. Types only.
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
    /** save a greeting to be used for automated call recordings */
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
    /** delete the greeting used for automated call recordings */
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
     * List all restrictions based on the users product
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
    /** Get amount of addresses */
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
    /** Get single row display setting of a specific device */
    get: operations["getSingleRowDisplay"];
    /** Update single row display setting for an existing device */
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
    /** Get tariff announcement setting of a specific device */
    get: operations["getTariffAnnouncement"];
    /** Update tariff announcement setting for an existing device */
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
    /** Get the caller ID of a specific group fax */
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
    /** List all phone numbers routed to group fax line */
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
    /** Get a single groups details */
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
    /** Add device to group */
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
    /** Remove device from group */
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
    /** List all phone numbers routed to group */
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
     * Get a specific call, fax, SMS or voicemail
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
     * Mark an specific entry as read or unread
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
    /** Check if quick dial number is already taken */
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
    /** Resend a faX */
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
    /** Initiate a new call to record an ivr message */
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
    /** Initiate a new call to playback a voicemail */
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
    /** Update default device for an existing user */
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
    /** Set location for user */
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
    /** List all phone numbers routed to fax line */
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
    /** Create a new sms notification for calls */
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
    /** Create a new sms notification for faxes */
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
    /** Create a new email notification for incoming sms */
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
    /** Create a new sms notification for voicemails */
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
    /** Get a single phoneline */
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
    /** Add device to phone line */
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
    /** Remove device from phone line */
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
    /** List all phone numbers routed to phone line */
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
     * Create parallel forwarding for an existing phone line
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
     * Delete parallel forwarding
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
    /** Get GDPR urls for specific OAuth 2.0 client */
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
    /**
     * @example {
     *       "historyLifeTime": "NONE",
     *       "verified": false,
     *       "mainProductType": "AFFILIATE",
     *       "company": "Love sipgate",
     *       "logoUrl": "logoUrl"
     *     }
     */
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
    /**
     * @example {
     *       "verificationCode": "ABC123"
     *     }
     */
    AccountVerificationRequest: {
      /** @example ABC123 */
      verificationCode: string;
    };
    /**
     * @example {
     *       "simId": "1234567"
     *     }
     */
    ActivateSimRequest: {
      /** @example 1234567 */
      simId?: string;
    };
    /**
     * @example {
     *       "alias": "Alan Turing",
     *       "id": "id"
     *     }
     */
    ActiveRouting: {
      id?: string;
      /** @example Alan Turing */
      alias?: string;
    };
    /**
     * @example {
     *       "endpointId": "e0/p0",
     *       "cause": "MISSED",
     *       "email": "grace.hopper@example.com",
     *       "direction": "INCOMING"
     *     }
     */
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
    /**
     * @example {
     *       "number": 4915799912345,
     *       "endpointId": "e0/p0",
     *       "cause": "MISSED",
     *       "direction": "INCOMING"
     *     }
     */
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
    /**
     * @example {
     *       "number": "number",
     *       "userId": "w0"
     *     }
     */
    AddDirectDialRequest: {
      /** @example w0 */
      userId: string;
      number?: string;
    };
    /**
     * @example {
     *       "faxlineId": "f0",
     *       "email": "grace.hopper@example.com",
     *       "direction": "INCOMING"
     *     }
     */
    AddFaxEmailNotificationRequest: {
      /** @example f0 */
      faxlineId: string;
      /** @enum {string} */
      direction: "INCOMING" | "OUTGOING";
      /** @example grace.hopper@example.com */
      email: string;
    };
    /**
     * @example {
     *       "faxlineId": "f0",
     *       "email": "grace.hopper@example.com"
     *     }
     */
    AddFaxReportEmailNotificationRequest: {
      /** @example f0 */
      faxlineId: string;
      /** @example grace.hopper@example.com */
      email: string;
    };
    /**
     * @example {
     *       "number": 4915799912345,
     *       "faxlineId": "f0",
     *       "direction": "INCOMING"
     *     }
     */
    AddFaxSmsNotificationRequest: {
      /** @example f0 */
      faxlineId: string;
      /** @enum {string} */
      direction: "INCOMING" | "OUTGOING";
      /** @example 4915799912345 */
      number: string;
    };
    /**
     * @example {
     *       "base64Content": "RG8uIE9yIGRvIG5vdC4gVGhlcmUgaXMgbm8gdHJ5LiAtLVlvZGEK",
     *       "filename": "greeting.mp3"
     *     }
     */
    AddGreetingRequest: {
      /** @example greeting.mp3 */
      filename?: string;
      /** @example RG8uIE9yIGRvIG5vdC4gVGhlcmUgaXMgbm8gdHJ5LiAtLVlvZGEK */
      base64Content?: string;
    };
    /**
     * @example {
     *       "endpointId": "y0",
     *       "email": "grace.hopper@example.com"
     *     }
     */
    AddSmsEmailNotificationRequest: {
      /** @example y0 */
      endpointId: string;
      /** @example grace.hopper@example.com */
      email: string;
    };
    /**
     * @example {
     *       "voicemailId": "v0",
     *       "email": "grace.hopper@example.com"
     *     }
     */
    AddVoicemailEmailVoicemailNotificationRequest: {
      /** @example v0 */
      voicemailId: string;
      /** @example grace.hopper@example.com */
      email: string;
    };
    /**
     * @example {
     *       "number": 4915799912345,
     *       "voicemailId": "v0"
     *     }
     */
    AddVoicemailSmslVoicemailNotificationRequest: {
      /** @example v0 */
      voicemailId: string;
      /** @example 4915799912345 */
      number: string;
    };
    /**
     * @example {
     *       "poBox": "poBox",
     *       "country": "country",
     *       "streetAddress": "streetAddress",
     *       "postalCode": "postalCode",
     *       "locality": "locality",
     *       "extendedAddress": "extendedAddress",
     *       "region": "region"
     *     }
     */
    AddressRequest: {
      poBox?: string;
      extendedAddress?: string;
      streetAddress?: string;
      locality?: string;
      region?: string;
      postalCode?: string;
      country?: string;
    };
    /**
     * @example {
     *       "poBox": "poBox",
     *       "country": "country",
     *       "streetAddress": "streetAddress",
     *       "postalCode": "postalCode",
     *       "locality": "locality",
     *       "extendedAddress": "extendedAddress",
     *       "region": "region"
     *     }
     */
    AddressResponse: {
      poBox?: string;
      extendedAddress?: string;
      streetAddress?: string;
      locality?: string;
      region?: string;
      postalCode?: string;
      country?: string;
    };
    /**
     * @example {
     *       "items": [
     *         {
     *           "poBox": "poBox",
     *           "country": "country",
     *           "streetAddress": "streetAddress",
     *           "postalCode": "postalCode",
     *           "locality": "locality",
     *           "extendedAddress": "extendedAddress",
     *           "region": "region"
     *         },
     *         {
     *           "poBox": "poBox",
     *           "country": "country",
     *           "streetAddress": "streetAddress",
     *           "postalCode": "postalCode",
     *           "locality": "locality",
     *           "extendedAddress": "extendedAddress",
     *           "region": "region"
     *         }
     *       ]
     *     }
     */
    AddressesResponse: {
      items?: components["schemas"]["AddressResponse"][];
    };
    /**
     * @example {
     *       "url": "https://static.sipgate.com/examples/wav/example.wav"
     *     }
     */
    AnnouncementRequest: {
      /**
       * @description The URL pointing to the announcement WAV file.
       * @example https://static.sipgate.com/examples/wav/example.wav
       */
      url: string;
    };
    /**
     * @example {
     *       "userBusyOnBusyUrl": "userBusyOnBusyUrl",
     *       "groupDetailUrl": "groupDetailUrl",
     *       "userDeviceSimUrl": "userDeviceSimUrl",
     *       "userMobileDevicesUrl": "userMobileDevicesUrl",
     *       "internalContactsUrl": "internalContactsUrl",
     *       "phonelineDetailUrl": "phonelineDetailUrl",
     *       "sessionsCallUrl": "sessionsCallUrl",
     *       "userDefaultDeviceUrl": "userDefaultDeviceUrl",
     *       "getCallRestrictionsUrl": "getCallRestrictionsUrl",
     *       "callRestrictionsUrl": "callRestrictionsUrl",
     *       "settingsSipgateioUrl": "settingsSipgateioUrl",
     *       "faxlineNumbersUrl": "faxlineNumbersUrl",
     *       "userUrl": "userUrl",
     *       "accountUrl": "accountUrl",
     *       "phonelinesParallelForwardingUrl": "phonelinesParallelForwardingUrl",
     *       "smsUrl": "smsUrl",
     *       "phonelineVoicemailsUrl": "phonelineVoicemailsUrl",
     *       "authorizationOauthClientsUrl": "authorizationOauthClientsUrl",
     *       "authorizationOauthClientUrl": "authorizationOauthClientUrl",
     *       "deviceSimOrdersUrl": "deviceSimOrdersUrl",
     *       "numberUrl": "numberUrl",
     *       "deviceCallerIdUrl": "deviceCallerIdUrl",
     *       "addressUrl": "addressUrl",
     *       "changeDirectDialUrl": "changeDirectDialUrl",
     *       "phonelineVoicemailGreetingsUrl": "phonelineVoicemailGreetingsUrl",
     *       "groupDevicesUrl": "groupDevicesUrl",
     *       "voicemailDetailUrl": "voicemailDetailUrl",
     *       "deviceUrl": "deviceUrl",
     *       "devicesTariffAnnouncementUrl": "devicesTariffAnnouncementUrl",
     *       "phonelinesParallelForwardingsUrl": "phonelinesParallelForwardingsUrl",
     *       "groupNumbersUrl": "groupNumbersUrl",
     *       "authorizationTokenUrl": "authorizationTokenUrl",
     *       "phonelineVoicemailGreetingUrl": "phonelineVoicemailGreetingUrl",
     *       "portingUrl": "portingUrl",
     *       "groupUserUrl": "groupUserUrl",
     *       "phonelineForwardingsUrl": "phonelineForwardingsUrl",
     *       "phonelinesUrl": "phonelinesUrl",
     *       "phonelineSipgateIoUrl": "phonelineSipgateIoUrl",
     *       "crmBridgeUrl": "crmBridgeUrl",
     *       "portingsUrl": "portingsUrl",
     *       "addressNumbersUrl": "addressNumbersUrl",
     *       "groupsUrl": "groupsUrl",
     *       "deleteDirectDialUrl": "deleteDirectDialUrl",
     *       "phonelineDevicesUrl": "phonelineDevicesUrl",
     *       "phonelineSipgateIoLogUrl": "phonelineSipgateIoLogUrl",
     *       "phonelineNumbersUrl": "phonelineNumbersUrl",
     *       "faxlineUrl": "faxlineUrl",
     *       "phonelineVoicemailUrl": "phonelineVoicemailUrl",
     *       "translationsUrl": "translationsUrl",
     *       "userRegisterDevicesUrl": "userRegisterDevicesUrl",
     *       "userExternalDevicesUrl": "userExternalDevicesUrl",
     *       "userRoleUrl": "userRoleUrl",
     *       "userInfoUrl": "userInfoUrl",
     *       "contactsUrl": "contactsUrl",
     *       "faxlinesUrl": "faxlinesUrl",
     *       "webuserNumbersUrl": "webuserNumbersUrl",
     *       "addDirectDialUrl": "addDirectDialUrl",
     *       "numbersUrl": "numbersUrl",
     *       "phonelineBlockAnonymousUrl": "phonelineBlockAnonymousUrl",
     *       "historyEntryUrl": "historyEntryUrl",
     *       "restrictionsUrl": "restrictionsUrl",
     *       "userDevicesUrl": "userDevicesUrl",
     *       "usersUrl": "usersUrl",
     *       "balanceUrl": "balanceUrl",
     *       "accountVerifiedUrl": "accountVerifiedUrl",
     *       "phonelineUrl": "phonelineUrl",
     *       "historyUrl": "historyUrl",
     *       "voicemailsUrl": "voicemailsUrl",
     *       "devicesSingleRowDisplayUrl": "devicesSingleRowDisplayUrl",
     *       "addressesUrl": "addressesUrl",
     *       "smsCallerIdsUrl": "smsCallerIdsUrl",
     *       "notificationsUrl": "notificationsUrl"
     *     }
     */
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
    /**
     * @example {
     *       "amount": 0,
     *       "currency": "EUR"
     *     }
     */
    BalanceResponse: {
      /** Format: int32 */
      amount?: number;
      /** @example EUR */
      currency?: string;
    };
    /**
     * @example {
     *       "value": true
     *     }
     */
    BooleanRequest: {
      /**
       * @description true or false
       * @example true
       */
      value: boolean;
    };
    /**
     * @example {
     *       "callId": "ABCDEF0123456789",
     *       "recording": false,
     *       "muted": false,
     *       "hold": false,
     *       "participants": [
     *         {
     *           "participantId": "ABCDEF0123456789",
     *           "owner": false,
     *           "phoneNumber": 4915799912345,
     *           "muted": false,
     *           "hold": false
     *         },
     *         {
     *           "participantId": "ABCDEF0123456789",
     *           "owner": false,
     *           "phoneNumber": 4915799912345,
     *           "muted": false,
     *           "hold": false
     *         }
     *       ]
     *     }
     */
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
    /**
     * @example {
     *       "cause": "MISSED",
     *       "id": "42",
     *       "email": "grace.hopper@example.com",
     *       "direction": "INCOMING"
     *     }
     */
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
    /**
     * @example {
     *       "endpointAlias": "Fax/Voicemail of Grace Hopper",
     *       "emails": [
     *         {
     *           "cause": "MISSED",
     *           "id": "42",
     *           "email": "grace.hopper@example.com",
     *           "direction": "INCOMING"
     *         },
     *         {
     *           "cause": "MISSED",
     *           "id": "42",
     *           "email": "grace.hopper@example.com",
     *           "direction": "INCOMING"
     *         }
     *       ],
     *       "endpointId": "f0/v0/p0",
     *       "sms": [
     *         {
     *           "number": 4915799912345,
     *           "cause": "MISSED",
     *           "id": "1337",
     *           "direction": "INCOMING"
     *         },
     *         {
     *           "number": 4915799912345,
     *           "cause": "MISSED",
     *           "id": "1337",
     *           "direction": "INCOMING"
     *         }
     *       ]
     *     }
     */
    CallNotificationResponse: {
      /** @example f0/v0/p0 */
      endpointId?: string;
      /** @example Fax/Voicemail of Grace Hopper */
      endpointAlias?: string;
      emails?: components["schemas"]["CallEmailTarget"][];
      sms?: components["schemas"]["CallSmsTarget"][];
    };
    /**
     * @example {
     *       "roaming": false,
     *       "highCostForeignNumbers": false,
     *       "foreignSpecial": false,
     *       "userId": "w0",
     *       "charged": false
     *     }
     */
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
    /**
     * @example {
     *       "number": 4915799912345,
     *       "cause": "MISSED",
     *       "id": "1337",
     *       "direction": "INCOMING"
     *     }
     */
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
    /**
     * @example {
     *       "value": 4915799912345
     *     }
     */
    CallerIdRequest: {
      /** @example 4915799912345 */
      value?: string;
    };
    /**
     * @example {
     *       "value": 4915799912345
     *     }
     */
    CallerIdResponse: {
      /** @example 4915799912345 */
      value?: string;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "callId": "ABCDEF0123456789",
     *           "recording": false,
     *           "muted": false,
     *           "hold": false,
     *           "participants": [
     *             {
     *               "participantId": "ABCDEF0123456789",
     *               "owner": false,
     *               "phoneNumber": 4915799912345,
     *               "muted": false,
     *               "hold": false
     *             },
     *             {
     *               "participantId": "ABCDEF0123456789",
     *               "owner": false,
     *               "phoneNumber": 4915799912345,
     *               "muted": false,
     *               "hold": false
     *             }
     *           ]
     *         },
     *         {
     *           "callId": "ABCDEF0123456789",
     *           "recording": false,
     *           "muted": false,
     *           "hold": false,
     *           "participants": [
     *             {
     *               "participantId": "ABCDEF0123456789",
     *               "owner": false,
     *               "phoneNumber": 4915799912345,
     *               "muted": false,
     *               "hold": false
     *             },
     *             {
     *               "participantId": "ABCDEF0123456789",
     *               "owner": false,
     *               "phoneNumber": 4915799912345,
     *               "muted": false,
     *               "hold": false
     *             }
     *           ]
     *         }
     *       ]
     *     }
     */
    Calls: {
      data?: components["schemas"]["Call"][];
    };
    /**
     * @example {
     *       "dnd": false,
     *       "emergencyAddressId": 0
     *     }
     */
    ChangeDeviceRequest: {
      /** @default false */
      dnd: boolean;
      /** Format: int32 */
      emergencyAddressId?: number;
    };
    /**
     * @example {
     *       "number": "number",
     *       "userId": "w0"
     *     }
     */
    ChangeDirectDialRequest: {
      /** @example w0 */
      userId: string;
      number?: string;
    };
    /**
     * @example {
     *       "incomingCallDisplay": "CALLED_NUMBER"
     *     }
     */
    ChangeExternalDeviceIncomingCallDisplayRequest: {
      /** @enum {string} */
      incomingCallDisplay: "CALLED_NUMBER" | "CALLER_NUMBER";
    };
    /**
     * @example {
     *       "number": 4915799912345
     *     }
     */
    ChangeExternalDeviceTargetNumberRequest: {
      /** @example 4915799912345 */
      number?: string;
    };
    /**
     * @example {
     *       "endpointId": "p0",
     *       "quickDial": false,
     *       "releaseForMnp": false
     *     }
     */
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
    /**
     * @example {
     *       "password": "password",
     *       "passwordRepeat": "passwordRepeat"
     *     }
     */
    ChangePasswordRequest: {
      password?: string;
      passwordRepeat?: string;
    };
    /**
     * @example {
     *       "active": false
     *     }
     */
    ChangeVoicemailGreetingRequest: {
      /** @default false */
      active: boolean;
    };
    /**
     * @example {
     *       "transcription": false,
     *       "active": false,
     *       "timeout": 42
     *     }
     */
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
    /**
     * @example {
     *       "active": false
     *     }
     */
    ChangeVoicemailTranscriptionRequest: {
      /** @default false */
      active: boolean;
    };
    /**
     * @example {
     *       "emails": [
     *         {
     *           "type": [
     *             "type",
     *             "type"
     *           ],
     *           "email": "user@example.com"
     *         },
     *         {
     *           "type": [
     *             "type",
     *             "type"
     *           ],
     *           "email": "user@example.com"
     *         }
     *       ],
     *       "addresses": [
     *         {
     *           "poBox": "poBox",
     *           "country": "country",
     *           "streetAddress": "streetAddress",
     *           "postalCode": "postalCode",
     *           "locality": "locality",
     *           "extendedAddress": "extendedAddress",
     *           "region": "region"
     *         },
     *         {
     *           "poBox": "poBox",
     *           "country": "country",
     *           "streetAddress": "streetAddress",
     *           "postalCode": "postalCode",
     *           "locality": "locality",
     *           "extendedAddress": "extendedAddress",
     *           "region": "region"
     *         }
     *       ],
     *       "organization": [
     *         [
     *           "organization",
     *           "organization"
     *         ],
     *         [
     *           "organization",
     *           "organization"
     *         ]
     *       ],
     *       "scope": "PRIVATE",
     *       "name": "Ada Lovelace",
     *       "numbers": [
     *         {
     *           "number": 4915799912345,
     *           "type": [
     *             "type",
     *             "type"
     *           ]
     *         },
     *         {
     *           "number": 4915799912345,
     *           "type": [
     *             "type",
     *             "type"
     *           ]
     *         }
     *       ],
     *       "id": "b3d9af4a-78f9-11e6-8b77-86f30ca893d3",
     *       "picture": "4AAQSkZJRgABAQAAAQABAAD..."
     *     }
     */
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
    /**
     * @example {
     *       "totalCount": 0,
     *       "items": [
     *         {
     *           "emails": [
     *             {
     *               "type": [
     *                 "type",
     *                 "type"
     *               ],
     *               "email": "user@example.com"
     *             },
     *             {
     *               "type": [
     *                 "type",
     *                 "type"
     *               ],
     *               "email": "user@example.com"
     *             }
     *           ],
     *           "addresses": [
     *             {
     *               "poBox": "poBox",
     *               "country": "country",
     *               "streetAddress": "streetAddress",
     *               "postalCode": "postalCode",
     *               "locality": "locality",
     *               "extendedAddress": "extendedAddress",
     *               "region": "region"
     *             },
     *             {
     *               "poBox": "poBox",
     *               "country": "country",
     *               "streetAddress": "streetAddress",
     *               "postalCode": "postalCode",
     *               "locality": "locality",
     *               "extendedAddress": "extendedAddress",
     *               "region": "region"
     *             }
     *           ],
     *           "organization": [
     *             [
     *               "organization",
     *               "organization"
     *             ],
     *             [
     *               "organization",
     *               "organization"
     *             ]
     *           ],
     *           "scope": "PRIVATE",
     *           "name": "Ada Lovelace",
     *           "numbers": [
     *             {
     *               "number": 4915799912345,
     *               "type": [
     *                 "type",
     *                 "type"
     *               ]
     *             },
     *             {
     *               "number": 4915799912345,
     *               "type": [
     *                 "type",
     *                 "type"
     *               ]
     *             }
     *           ],
     *           "id": "b3d9af4a-78f9-11e6-8b77-86f30ca893d3",
     *           "picture": "4AAQSkZJRgABAQAAAQABAAD..."
     *         },
     *         {
     *           "emails": [
     *             {
     *               "type": [
     *                 "type",
     *                 "type"
     *               ],
     *               "email": "user@example.com"
     *             },
     *             {
     *               "type": [
     *                 "type",
     *                 "type"
     *               ],
     *               "email": "user@example.com"
     *             }
     *           ],
     *           "addresses": [
     *             {
     *               "poBox": "poBox",
     *               "country": "country",
     *               "streetAddress": "streetAddress",
     *               "postalCode": "postalCode",
     *               "locality": "locality",
     *               "extendedAddress": "extendedAddress",
     *               "region": "region"
     *             },
     *             {
     *               "poBox": "poBox",
     *               "country": "country",
     *               "streetAddress": "streetAddress",
     *               "postalCode": "postalCode",
     *               "locality": "locality",
     *               "extendedAddress": "extendedAddress",
     *               "region": "region"
     *             }
     *           ],
     *           "organization": [
     *             [
     *               "organization",
     *               "organization"
     *             ],
     *             [
     *               "organization",
     *               "organization"
     *             ]
     *           ],
     *           "scope": "PRIVATE",
     *           "name": "Ada Lovelace",
     *           "numbers": [
     *             {
     *               "number": 4915799912345,
     *               "type": [
     *                 "type",
     *                 "type"
     *               ]
     *             },
     *             {
     *               "number": 4915799912345,
     *               "type": [
     *                 "type",
     *                 "type"
     *               ]
     *             }
     *           ],
     *           "id": "b3d9af4a-78f9-11e6-8b77-86f30ca893d3",
     *           "picture": "4AAQSkZJRgABAQAAAQABAAD..."
     *         }
     *       ]
     *     }
     */
    ContactsResponse: {
      items?: components["schemas"]["ContactResponse"][];
      /** Format: int32 */
      totalCount?: number;
    };
    /**
     * @example {
     *       "amount": 2500,
     *       "unit": "KILOBYTE",
     *       "expires": "2016-02-10T14:19:39Z",
     *       "left": 1500,
     *       "used": 1000,
     *       "type": "DATA_FAST"
     *     }
     */
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
    /**
     * @example {
     *       "emails": [
     *         {
     *           "type": [
     *             "type",
     *             "type"
     *           ],
     *           "email": "user@example.com"
     *         },
     *         {
     *           "type": [
     *             "type",
     *             "type"
     *           ],
     *           "email": "user@example.com"
     *         }
     *       ],
     *       "given": "Ada",
     *       "addresses": [
     *         {
     *           "poBox": "poBox",
     *           "country": "country",
     *           "streetAddress": "streetAddress",
     *           "postalCode": "postalCode",
     *           "locality": "locality",
     *           "extendedAddress": "extendedAddress",
     *           "region": "region"
     *         },
     *         {
     *           "poBox": "poBox",
     *           "country": "country",
     *           "streetAddress": "streetAddress",
     *           "postalCode": "postalCode",
     *           "locality": "locality",
     *           "extendedAddress": "extendedAddress",
     *           "region": "region"
     *         }
     *       ],
     *       "organization": [
     *         [
     *           "organization",
     *           "organization"
     *         ],
     *         [
     *           "organization",
     *           "organization"
     *         ]
     *       ],
     *       "scope": "PRIVATE",
     *       "name": "Ada Lovelace",
     *       "numbers": [
     *         {
     *           "number": 4915799912345,
     *           "type": [
     *             "type",
     *             "type"
     *           ]
     *         },
     *         {
     *           "number": 4915799912345,
     *           "type": [
     *             "type",
     *             "type"
     *           ]
     *         }
     *       ],
     *       "family": "Lovelace",
     *       "picture": "4AAQSkZJRgABAQAAAQABAAD..."
     *     }
     */
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
    /**
     * @example {
     *       "alias": "VoIP phone of Grace Hopper",
     *       "type": "REGISTER"
     *     }
     */
    CreateDeviceRequest: {
      /** @enum {string} */
      type: "REGISTER" | "MOBILE" | "EXTERNAL";
      /** @example VoIP phone of Grace Hopper */
      alias?: string;
    };
    /**
     * @example {
     *       "number": 4915799912345,
     *       "alias": "External phone of Grace Hopper"
     *     }
     */
    CreateExternalDeviceRequest: {
      /** @example External phone of Grace Hopper */
      alias?: string;
      /** @example 4915799912345 */
      number?: string;
    };
    /**
     * @example {
     *       "alias": "Mobile phone phone of Grace Hopper"
     *     }
     */
    CreateMobileDeviceRequest: {
      /** @example Mobile phone phone of Grace Hopper */
      alias?: string;
    };
    /**
     * @example {
     *       "alias": "VoIP phone of Grace Hopper"
     *     }
     */
    CreateRegisterDeviceRequest: {
      /** @example VoIP phone of Grace Hopper */
      alias?: string;
    };
    /**
     * @example {
     *       "password": "password",
     *       "sipServerWebsocketUrl": "sipServerWebsocketUrl",
     *       "sipServer": "sipServer",
     *       "outboundProxy": "outboundProxy",
     *       "username": "username"
     *     }
     */
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
    /**
     * @example {
     *       "contingents": [
     *         {
     *           "amount": 2500,
     *           "unit": "KILOBYTE",
     *           "expires": "2016-02-10T14:19:39Z",
     *           "left": 1500,
     *           "used": 1000,
     *           "type": "DATA_FAST"
     *         },
     *         {
     *           "amount": 2500,
     *           "unit": "KILOBYTE",
     *           "expires": "2016-02-10T14:19:39Z",
     *           "left": 1500,
     *           "used": 1000,
     *           "type": "DATA_FAST"
     *         }
     *       ]
     *     }
     */
    DeviceContingentsResponse: {
      contingents?: components["schemas"]["ContingentResponse"][];
    };
    /**
     * @example {
     *       "activePhonelines": [
     *         {
     *           "alias": "Alan Turing",
     *           "id": "id"
     *         },
     *         {
     *           "alias": "Alan Turing",
     *           "id": "id"
     *         }
     *       ],
     *       "activeGroups": [
     *         {
     *           "alias": "Alan Turing",
     *           "id": "id"
     *         },
     *         {
     *           "alias": "Alan Turing",
     *           "id": "id"
     *         }
     *       ],
     *       "alias": "VoIP phone of Grace Hopper",
     *       "online": false,
     *       "id": "e0",
     *       "dnd": false,
     *       "type": "REGISTER"
     *     }
     */
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
    /**
     * @example {
     *       "items": [
     *         {
     *           "activePhonelines": [
     *             {
     *               "alias": "Alan Turing",
     *               "id": "id"
     *             },
     *             {
     *               "alias": "Alan Turing",
     *               "id": "id"
     *             }
     *           ],
     *           "activeGroups": [
     *             {
     *               "alias": "Alan Turing",
     *               "id": "id"
     *             },
     *             {
     *               "alias": "Alan Turing",
     *               "id": "id"
     *             }
     *           ],
     *           "alias": "VoIP phone of Grace Hopper",
     *           "online": false,
     *           "id": "e0",
     *           "dnd": false,
     *           "type": "REGISTER"
     *         },
     *         {
     *           "activePhonelines": [
     *             {
     *               "alias": "Alan Turing",
     *               "id": "id"
     *             },
     *             {
     *               "alias": "Alan Turing",
     *               "id": "id"
     *             }
     *           ],
     *           "activeGroups": [
     *             {
     *               "alias": "Alan Turing",
     *               "id": "id"
     *             },
     *             {
     *               "alias": "Alan Turing",
     *               "id": "id"
     *             }
     *           ],
     *           "alias": "VoIP phone of Grace Hopper",
     *           "online": false,
     *           "id": "e0",
     *           "dnd": false,
     *           "type": "REGISTER"
     *         }
     *       ]
     *     }
     */
    DevicesResponse: {
      items?: components["schemas"]["DeviceResponse"][];
    };
    /**
     * @example {
     *       "sequence": "123456"
     *     }
     */
    DtmfRequest: {
      /**
       * @description DTMF sequence to send
       * @example 123456
       */
      sequence: string;
    };
    /**
     * @example {
     *       "type": [
     *         "type",
     *         "type"
     *       ],
     *       "email": "user@example.com"
     *     }
     */
    EMailResponse: {
      /** @example user@example.com */
      email?: string;
      type?: string[];
    };
    /**
     * @example {
     *       "type": [
     *         "type",
     *         "type"
     *       ],
     *       "email": "user@example.com"
     *     }
     */
    EmailRequest: {
      /** @example user@example.com */
      email?: string;
      type?: string[];
    };
    /**
     * @example {
     *       "id": "42",
     *       "email": "grace.hopper@example.com"
     *     }
     */
    EmailTarget: {
      /** @example 42 */
      id?: string;
      /** @example grace.hopper@example.com */
      email?: string;
    };
    /**
     * @example {
     *       "items": [
     *         {
     *           "number": 4915799912345,
     *           "type": [
     *             "type",
     *             "type"
     *           ]
     *         },
     *         {
     *           "number": 4915799912345,
     *           "type": [
     *             "type",
     *             "type"
     *           ]
     *         }
     *       ]
     *     }
     */
    EndpointNumbersResponse: {
      items?: components["schemas"]["NumberResponse"][];
    };
    /**
     * @example {
     *       "extension": "e0",
     *       "type": "SMS"
     *     }
     */
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
    /**
     * @example {
     *       "eventId": "eventId",
     *       "payload": {
     *         "key": "payload"
     *       },
     *       "eventName": "eventName",
     *       "eventType": "eventType"
     *     }
     */
    EventResponse: {
      eventId?: string;
      eventType?: string;
      eventName?: string;
      payload?: {
        [key: string]: string;
      };
    };
    /**
     * @example {
     *       "items": [
     *         {
     *           "eventId": "eventId",
     *           "payload": {
     *             "key": "payload"
     *           },
     *           "eventName": "eventName",
     *           "eventType": "eventType"
     *         },
     *         {
     *           "eventId": "eventId",
     *           "payload": {
     *             "key": "payload"
     *           },
     *           "eventName": "eventName",
     *           "eventType": "eventType"
     *         }
     *       ]
     *     }
     */
    EventsResponse: {
      items?: components["schemas"]["EventResponse"][];
    };
    /**
     * @example {
     *       "activePhonelines": [
     *         {
     *           "alias": "Alan Turing",
     *           "id": "id"
     *         },
     *         {
     *           "alias": "Alan Turing",
     *           "id": "id"
     *         }
     *       ],
     *       "number": 4915799912345,
     *       "incomingCallDisplayState": "CALLED_NUMBER",
     *       "activeGroups": [
     *         {
     *           "alias": "Alan Turing",
     *           "id": "id"
     *         },
     *         {
     *           "alias": "Alan Turing",
     *           "id": "id"
     *         }
     *       ],
     *       "alias": "VoIP phone of Grace Hopper",
     *       "online": false,
     *       "id": "e0",
     *       "dnd": false,
     *       "type": "REGISTER"
     *     }
     */
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
    /**
     * @example {
     *       "id": "42",
     *       "email": "grace.hopper@example.com",
     *       "direction": "INCOMING"
     *     }
     */
    FaxEmailTarget: {
      /** @example 42 */
      id?: string;
      /** @example grace.hopper@example.com */
      email?: string;
      /** @enum {string} */
      direction?: "INCOMING" | "OUTGOING";
    };
    /**
     * @example {
     *       "endpointAlias": "Fax/Voicemail of Grace Hopper",
     *       "emails": [
     *         {
     *           "id": "42",
     *           "email": "grace.hopper@example.com",
     *           "direction": "INCOMING"
     *         },
     *         {
     *           "id": "42",
     *           "email": "grace.hopper@example.com",
     *           "direction": "INCOMING"
     *         }
     *       ],
     *       "reports": [
     *         {
     *           "id": "42",
     *           "email": "grace.hopper@example.com"
     *         },
     *         {
     *           "id": "42",
     *           "email": "grace.hopper@example.com"
     *         }
     *       ],
     *       "endpointId": "f0/v0/p0",
     *       "sms": [
     *         {
     *           "number": 4915799912345,
     *           "id": "1337",
     *           "direction": "INCOMING"
     *         },
     *         {
     *           "number": 4915799912345,
     *           "id": "1337",
     *           "direction": "INCOMING"
     *         }
     *       ]
     *     }
     */
    FaxNotificationResponse: {
      /** @example f0/v0/p0 */
      endpointId?: string;
      /** @example Fax/Voicemail of Grace Hopper */
      endpointAlias?: string;
      emails?: components["schemas"]["FaxEmailTarget"][];
      sms?: components["schemas"]["FaxSmsTarget"][];
      reports?: components["schemas"]["ReportTarget"][];
    };
    /**
     * @example {
     *       "number": 4915799912345,
     *       "id": "1337",
     *       "direction": "INCOMING"
     *     }
     */
    FaxSmsTarget: {
      /** @example 1337 */
      id?: string;
      /** @example 4915799912345 */
      number?: string;
      /** @enum {string} */
      direction?: "INCOMING" | "OUTGOING";
    };
    /**
     * @example {
     *       "value": 4921112345678
     *     }
     */
    FaxlineCallerIdRequest: {
      /** @example 4921112345678 */
      value?: string;
    };
    /**
     * @example {
     *       "value": 4915799912345
     *     }
     */
    FaxlineCallerIdResponse: {
      /** @example 4915799912345 */
      value?: string;
    };
    /**
     * @example {
     *       "canReceive": false,
     *       "alias": "Alexander Bain's fax",
     *       "tagline": "Example Ltd.",
     *       "id": "f0",
     *       "canSend": false
     *     }
     */
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
    /**
     * @example {
     *       "value": "Example Ltd."
     *     }
     */
    FaxlineTaglineRequest: {
      /** @example Example Ltd. */
      value?: string;
    };
    /**
     * @example {
     *       "items": [
     *         {
     *           "canReceive": false,
     *           "alias": "Alexander Bain's fax",
     *           "tagline": "Example Ltd.",
     *           "id": "f0",
     *           "canSend": false
     *         },
     *         {
     *           "canReceive": false,
     *           "alias": "Alexander Bain's fax",
     *           "tagline": "Example Ltd.",
     *           "id": "f0",
     *           "canSend": false
     *         }
     *       ]
     *     }
     */
    FaxlinesResponse: {
      items?: components["schemas"]["FaxlineResponse"][];
    };
    /**
     * @example {
     *       "destination": 4915799912345,
     *       "active": false,
     *       "timeout": 48
     *     }
     */
    Forwarding: {
      /** @example 4915799912345 */
      destination?: string;
      /** Format: int32 */
      timeout?: number;
      /** @default false */
      active: boolean;
    };
    /**
     * @example {
     *       "destination": "p1",
     *       "alias": "Accounting group",
     *       "active": false,
     *       "timeout": 0
     *     }
     */
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
    /**
     * @example {
     *       "items": [
     *         {
     *           "destination": "p1",
     *           "alias": "Accounting group",
     *           "active": false,
     *           "timeout": 0
     *         },
     *         {
     *           "destination": "p1",
     *           "alias": "Accounting group",
     *           "active": false,
     *           "timeout": 0
     *         }
     *       ]
     *     }
     */
    ForwardingsResponse: {
      items?: components["schemas"]["ForwardingResponse"][];
    };
    /**
     * GdprUrls
     * @example {
     *       "privacyUrl": "https://www.example.com/privacy",
     *       "termsUrl": "https://www.example.com/terms"
     *     }
     */
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
    /**
     * @example {
     *       "active": false
     *     }
     */
    GetRecordingSettingResponse: {
      /** @default false */
      active: boolean;
    };
    /**
     * @example {
     *       "recordingEnabled": false,
     *       "alias": "My Greeting",
     *       "active": false,
     *       "greetingUrl": "https://www.example.com/greeting.mp3",
     *       "id": "42"
     *     }
     */
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
    /**
     * @example {
     *       "items": [
     *         {
     *           "recordingEnabled": false,
     *           "alias": "My Greeting",
     *           "active": false,
     *           "greetingUrl": "https://www.example.com/greeting.mp3",
     *           "id": "42"
     *         },
     *         {
     *           "recordingEnabled": false,
     *           "alias": "My Greeting",
     *           "active": false,
     *           "greetingUrl": "https://www.example.com/greeting.mp3",
     *           "id": "42"
     *         }
     *       ]
     *     }
     */
    GreetingsResponse: {
      items?: components["schemas"]["GreetingResponse"][];
    };
    /**
     * @example {
     *       "canReceive": false,
     *       "groupId": "f0",
     *       "alias": "Alexander Bain's fax",
     *       "tagline": "Example Ltd.",
     *       "id": "f0",
     *       "canSend": false
     *     }
     */
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
    /**
     * @example {
     *       "items": [
     *         {
     *           "canReceive": false,
     *           "groupId": "f0",
     *           "alias": "Alexander Bain's fax",
     *           "tagline": "Example Ltd.",
     *           "id": "f0",
     *           "canSend": false
     *         },
     *         {
     *           "canReceive": false,
     *           "groupId": "f0",
     *           "alias": "Alexander Bain's fax",
     *           "tagline": "Example Ltd.",
     *           "id": "f0",
     *           "canSend": false
     *         }
     *       ]
     *     }
     */
    GroupFaxlinesResponse: {
      items?: components["schemas"]["GroupFaxlineResponse"][];
    };
    /**
     * @example {
     *       "items": [
     *         {
     *           "number": 4915799912345,
     *           "type": [
     *             "type",
     *             "type"
     *           ]
     *         },
     *         {
     *           "number": 4915799912345,
     *           "type": [
     *             "type",
     *             "type"
     *           ]
     *         }
     *       ]
     *     }
     */
    GroupNumbersResponse: {
      items?: components["schemas"]["NumberResponse"][];
    };
    /**
     * @example {
     *       "departmentId": 0,
     *       "alias": "Turings Group",
     *       "id": "g0",
     *       "voicemails": [
     *         {
     *           "active": false,
     *           "id": "p0",
     *           "timeout": 10
     *         },
     *         {
     *           "active": false,
     *           "id": "p0",
     *           "timeout": 10
     *         }
     *       ]
     *     }
     */
    GroupResponse: {
      /** @example g0 */
      id?: string;
      /** @example Turings Group */
      alias?: string;
      /** Format: int64 */
      departmentId?: number;
      voicemails?: components["schemas"]["VoicemailSettingsResponse"][];
    };
    /**
     * @example {
     *       "firstname": "Ada",
     *       "id": "w0",
     *       "userUrl": "userUrl",
     *       "lastname": "Lovelace"
     *     }
     */
    GroupUserResponse: {
      /** @example w0 */
      id?: string;
      /** @example Ada */
      firstname?: string;
      /** @example Lovelace */
      lastname?: string;
      userUrl?: string;
    };
    /**
     * @example {
     *       "items": [
     *         {
     *           "firstname": "Ada",
     *           "id": "w0",
     *           "userUrl": "userUrl",
     *           "lastname": "Lovelace"
     *         },
     *         {
     *           "firstname": "Ada",
     *           "id": "w0",
     *           "userUrl": "userUrl",
     *           "lastname": "Lovelace"
     *         }
     *       ]
     *     }
     */
    GroupUsersResponse: {
      items?: components["schemas"]["GroupUserResponse"][];
    };
    /**
     * @example {
     *       "incoming": false,
     *       "note": "note",
     *       "endpoints": [
     *         {
     *           "endpoint": {
     *             "extension": "e0",
     *             "type": "SMS"
     *           },
     *           "type": "FORWARDED"
     *         },
     *         {
     *           "endpoint": {
     *             "extension": "e0",
     *             "type": "SMS"
     *           },
     *           "type": "FORWARDED"
     *         }
     *       ],
     *       "read": true,
     *       "created": "2016-02-10T14:19:39Z",
     *       "targetAlias": "Ken Thompson",
     *       "source": "anonymous",
     *       "type": "CALL",
     *       "target": "01579-9912345",
     *       "labels": [
     *         "labels",
     *         "labels"
     *       ],
     *       "archived": false,
     *       "connectionIds": [
     *         "connectionIds",
     *         "connectionIds"
     *       ],
     *       "starred": false,
     *       "id": "100001234",
     *       "lastModified": "2016-02-10T14:19:39Z",
     *       "sourceAlias": "Dennis Ritchie",
     *       "direction": "INCOMING",
     *       "status": "NOPICKUP"
     *     }
     */
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
    /**
     * @example {
     *       "totalCount": 0,
     *       "items": [
     *         {
     *           "incoming": false,
     *           "note": "note",
     *           "endpoints": [
     *             {
     *               "endpoint": {
     *                 "extension": "e0",
     *                 "type": "SMS"
     *               },
     *               "type": "FORWARDED"
     *             },
     *             {
     *               "endpoint": {
     *                 "extension": "e0",
     *                 "type": "SMS"
     *               },
     *               "type": "FORWARDED"
     *             }
     *           ],
     *           "read": true,
     *           "created": "2016-02-10T14:19:39Z",
     *           "targetAlias": "Ken Thompson",
     *           "source": "anonymous",
     *           "type": "CALL",
     *           "target": "01579-9912345",
     *           "labels": [
     *             "labels",
     *             "labels"
     *           ],
     *           "archived": false,
     *           "connectionIds": [
     *             "connectionIds",
     *             "connectionIds"
     *           ],
     *           "starred": false,
     *           "id": "100001234",
     *           "lastModified": "2016-02-10T14:19:39Z",
     *           "sourceAlias": "Dennis Ritchie",
     *           "direction": "INCOMING",
     *           "status": "NOPICKUP"
     *         },
     *         {
     *           "incoming": false,
     *           "note": "note",
     *           "endpoints": [
     *             {
     *               "endpoint": {
     *                 "extension": "e0",
     *                 "type": "SMS"
     *               },
     *               "type": "FORWARDED"
     *             },
     *             {
     *               "endpoint": {
     *                 "extension": "e0",
     *                 "type": "SMS"
     *               },
     *               "type": "FORWARDED"
     *             }
     *           ],
     *           "read": true,
     *           "created": "2016-02-10T14:19:39Z",
     *           "targetAlias": "Ken Thompson",
     *           "source": "anonymous",
     *           "type": "CALL",
     *           "target": "01579-9912345",
     *           "labels": [
     *             "labels",
     *             "labels"
     *           ],
     *           "archived": false,
     *           "connectionIds": [
     *             "connectionIds",
     *             "connectionIds"
     *           ],
     *           "starred": false,
     *           "id": "100001234",
     *           "lastModified": "2016-02-10T14:19:39Z",
     *           "sourceAlias": "Dennis Ritchie",
     *           "direction": "INCOMING",
     *           "status": "NOPICKUP"
     *         }
     *       ]
     *     }
     */
    HistoryResponse: {
      items?: components["schemas"]["HistoryEntryResponse"][];
      /** Format: int32 */
      totalCount?: number;
    };
    /**
     * @example {
     *       "externalTransactionNumber": "externalTransactionNumber",
     *       "externalReferenceId": "externalReferenceId",
     *       "externalVerificationLink": "externalVerificationLink",
     *       "externalReferenceIdAutoident": "externalReferenceIdAutoident",
     *       "externalVerificationLinkAutoident": "externalVerificationLinkAutoident",
     *       "state": "SUCCESS"
     *     }
     */
    IdentityVerificationResponse: {
      /** @enum {string} */
      state?: "SUCCESS" | "PENDING" | "FAILED";
      externalTransactionNumber?: string;
      externalReferenceId?: string;
      externalVerificationLink?: string;
      externalReferenceIdAutoident?: string;
      externalVerificationLinkAutoident?: string;
    };
    /**
     * @example {
     *       "base64Content": "Zmlyc3RuYW1lLGxhc3RuYW1lLG51bWJlcgpBZGEsTG92ZWxhY2UsKzQ5MTU3OTk5MTIzNDUKQWxhbixUdXJpbmcsKzQ5MTU3OTk5MTIzNDUK"
     *     }
     */
    ImportCSVRequest: {
      /** @example Zmlyc3RuYW1lLGxhc3RuYW1lLG51bWJlcgpBZGEsTG92ZWxhY2UsKzQ5MTU3OTk5MTIzNDUKQWxhbixUdXJpbmcsKzQ5MTU3OTk5MTIzNDUK */
      base64Content?: string;
    };
    /**
     * @example {
     *       "token": "token"
     *     }
     */
    ImportGoogleRequest: {
      token?: string;
    };
    /**
     * @example {
     *       "items": [
     *         {
     *           "phoneNumber": 4902117654321,
     *           "isBlock": true
     *         },
     *         {
     *           "phoneNumber": 4902117654321,
     *           "isBlock": true
     *         }
     *       ]
     *     }
     */
    IncomingEntries: {
      items?: components["schemas"]["IncomingEntry"][];
    };
    /**
     * @example {
     *       "phoneNumber": 4902117654321,
     *       "isBlock": true
     *     }
     */
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
    /**
     * @example {
     *       "sessionId": "sessionId"
     *     }
     */
    InitiateNewCallSessionResponse: {
      sessionId?: string;
    };
    /**
     * @example {
     *       "emails": [
     *         "emails",
     *         "emails"
     *       ],
     *       "directdial": [
     *         "directdial",
     *         "directdial"
     *       ],
     *       "name": "Ada Lovelace",
     *       "mobile": [
     *         "mobile",
     *         "mobile"
     *       ],
     *       "id": "0a50261ebd1a390fed2bf326f2673c145582a63",
     *       "landline": [
     *         "landline",
     *         "landline"
     *       ],
     *       "fax": [
     *         "fax",
     *         "fax"
     *       ]
     *     }
     */
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
    /**
     * @example {
     *       "items": [
     *         {
     *           "emails": [
     *             "emails",
     *             "emails"
     *           ],
     *           "directdial": [
     *             "directdial",
     *             "directdial"
     *           ],
     *           "name": "Ada Lovelace",
     *           "mobile": [
     *             "mobile",
     *             "mobile"
     *           ],
     *           "id": "0a50261ebd1a390fed2bf326f2673c145582a63",
     *           "landline": [
     *             "landline",
     *             "landline"
     *           ],
     *           "fax": [
     *             "fax",
     *             "fax"
     *           ]
     *         },
     *         {
     *           "emails": [
     *             "emails",
     *             "emails"
     *           ],
     *           "directdial": [
     *             "directdial",
     *             "directdial"
     *           ],
     *           "name": "Ada Lovelace",
     *           "mobile": [
     *             "mobile",
     *             "mobile"
     *           ],
     *           "id": "0a50261ebd1a390fed2bf326f2673c145582a63",
     *           "landline": [
     *             "landline",
     *             "landline"
     *           ],
     *           "fax": [
     *             "fax",
     *             "fax"
     *           ]
     *         }
     *       ]
     *     }
     */
    InternalContactsResponse: {
      items?: components["schemas"]["InternalContactResponse"][];
    };
    /**
     * @example {
     *       "itemCount": 123456
     *     }
     */
    ItemCountResponse: {
      /**
       * Format: int32
       * @example 123456
       */
      itemCount?: number;
    };
    /**
     * @example {
     *       "accountSettingsUrl": "accountSettingsUrl",
     *       "accountsUrl": "accountsUrl",
     *       "bookFaxlineUrl": "bookFaxlineUrl",
     *       "feedbackFormUrl": "feedbackFormUrl",
     *       "simquadratUrl": "simquadratUrl",
     *       "sendFaxUrl": "sendFaxUrl",
     *       "adminPublicPhonesUrl": "adminPublicPhonesUrl",
     *       "presenceContainerUrl": "presenceContainerUrl",
     *       "rescueUrl": "rescueUrl",
     *       "brandUrl": "brandUrl",
     *       "callPackageTacUrl": "callPackageTacUrl",
     *       "personalSettingsUrl": "personalSettingsUrl",
     *       "forwardingsUrl": "forwardingsUrl",
     *       "consoleWebUrl": "consoleWebUrl",
     *       "bookPhonenumberUrl": "bookPhonenumberUrl",
     *       "featureStoreUrl": "featureStoreUrl",
     *       "microsoftTeamsUrl": "microsoftTeamsUrl",
     *       "trunkingContingentAdvertisementUrl": "trunkingContingentAdvertisementUrl",
     *       "accountTopUpUrl": "accountTopUpUrl",
     *       "faxRescueUrl": "faxRescueUrl",
     *       "appsUrl": "appsUrl",
     *       "helpdeskUrl": "helpdeskUrl",
     *       "adminProductSettingsUrl": "adminProductSettingsUrl",
     *       "affiliateUrl": "affiliateUrl",
     *       "helpdeskPhoneConfigurationUrl": "helpdeskPhoneConfigurationUrl",
     *       "logoutUrl": "logoutUrl",
     *       "adminIvrSettings": "adminIvrSettings",
     *       "legacyTokenAuthenticateUrl": "legacyTokenAuthenticateUrl",
     *       "logoutPageUrl": "logoutPageUrl",
     *       "bookPhonelineUrl": "bookPhonelineUrl",
     *       "faxAppUrl": "faxAppUrl",
     *       "basicUrl": "basicUrl",
     *       "dataContingentTacUrl": "dataContingentTacUrl",
     *       "supportUrl": "supportUrl",
     *       "logoTargetUrl": "logoTargetUrl",
     *       "wbciOptInUrl": "wbciOptInUrl",
     *       "mnpFaqUrl": "mnpFaqUrl",
     *       "whatsNewUrl": "whatsNewUrl",
     *       "loginUrl": "loginUrl",
     *       "nonEWRHelpcenterUrl": "nonEWRHelpcenterUrl",
     *       "contractUpsellingUrl": "contractUpsellingUrl",
     *       "contactsUrl": "contactsUrl",
     *       "contactsHelpCenterUrl": "contactsHelpCenterUrl",
     *       "presenceUrl": "presenceUrl",
     *       "teamUrl": "teamUrl",
     *       "tokenAuthenticateUrl": "tokenAuthenticateUrl",
     *       "userSettingsUrl": "userSettingsUrl",
     *       "chatbotUrl": "chatbotUrl",
     *       "bookConnectionUrl": "bookConnectionUrl",
     *       "paymentSettingsUrl": "paymentSettingsUrl",
     *       "phonestatsUrl": "phonestatsUrl",
     *       "testProgrammeUrl": "testProgrammeUrl",
     *       "notificationsUrl": "notificationsUrl",
     *       "startUpPageUrl": "startUpPageUrl"
     *     }
     */
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
    /**
     * @example {
     *       "active": false,
     *       "value": "030"
     *     }
     */
    LocalprefixRequest: {
      /** @example 030 */
      value?: string;
      /** @default false */
      active: boolean;
    };
    /**
     * @example {
     *       "active": false,
     *       "value": "0221"
     *     }
     */
    LocalprefixResponse: {
      /** @example 0221 */
      value?: string;
      /** @default false */
      active: boolean;
    };
    /**
     * @example {
     *       "simId": "1234567",
     *       "puk2": "67890",
     *       "puk1": "12345"
     *     }
     */
    MobileCredentialsResponse: {
      /** @example 1234567 */
      simId?: string;
      /** @example 12345 */
      puk1?: string;
      /** @example 67890 */
      puk2?: string;
    };
    /**
     * @example {
     *       "activePhonelines": [
     *         {
     *           "alias": "Alan Turing",
     *           "id": "id"
     *         },
     *         {
     *           "alias": "Alan Turing",
     *           "id": "id"
     *         }
     *       ],
     *       "credentials": {
     *         "simId": "1234567",
     *         "puk2": "67890",
     *         "puk1": "12345"
     *       },
     *       "activeGroups": [
     *         {
     *           "alias": "Alan Turing",
     *           "id": "id"
     *         },
     *         {
     *           "alias": "Alan Turing",
     *           "id": "id"
     *         }
     *       ],
     *       "simState": "INACTIVE",
     *       "alias": "VoIP phone of Grace Hopper",
     *       "online": false,
     *       "id": "e0",
     *       "dnd": false,
     *       "type": "REGISTER",
     *       "esim": false
     *     }
     */
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
    /**
     * @example {
     *       "number": "74",
     *       "city": "Düsseldorf",
     *       "address2": "Flat A",
     *       "street": "Gladbacher Str.",
     *       "address1": "1-3 Spring Gardens",
     *       "countrycode": "DE",
     *       "postcode": "40219",
     *       "state": "NRW"
     *     }
     */
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
    /**
     * @example {
     *       "caller": "e0",
     *       "callee": 4915799912345,
     *       "callerId": 4915799912345,
     *       "deviceId": "e0"
     *     }
     */
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
    /**
     * @example {
     *       "endpoint": "MAIN, a0,a1,a2",
     *       "targetId": "v0",
     *       "deviceId": "e0"
     *     }
     */
    NewIvrRecordingRequest: {
      /** @example e0 */
      deviceId?: string;
      /** @example v0 */
      targetId?: string;
      /** @example MAIN, a0,a1,a2 */
      endpoint?: string;
    };
    /**
     * @example {
     *       "endpoint": "MAIN, a0,a1,a2",
     *       "targetId": "v0",
     *       "deviceId": "e0"
     *     }
     */
    NewVoicemailRecordingRecordingRequest: {
      /** @example e0 */
      deviceId?: string;
      /** @example v0 */
      targetId?: string;
      /** @example MAIN, a0,a1,a2 */
      endpoint?: string;
    };
    /**
     * @example {
     *       "call": [
     *         {
     *           "endpointAlias": "Fax/Voicemail of Grace Hopper",
     *           "emails": [
     *             {
     *               "cause": "MISSED",
     *               "id": "42",
     *               "email": "grace.hopper@example.com",
     *               "direction": "INCOMING"
     *             },
     *             {
     *               "cause": "MISSED",
     *               "id": "42",
     *               "email": "grace.hopper@example.com",
     *               "direction": "INCOMING"
     *             }
     *           ],
     *           "endpointId": "f0/v0/p0",
     *           "sms": [
     *             {
     *               "number": 4915799912345,
     *               "cause": "MISSED",
     *               "id": "1337",
     *               "direction": "INCOMING"
     *             },
     *             {
     *               "number": 4915799912345,
     *               "cause": "MISSED",
     *               "id": "1337",
     *               "direction": "INCOMING"
     *             }
     *           ]
     *         },
     *         {
     *           "endpointAlias": "Fax/Voicemail of Grace Hopper",
     *           "emails": [
     *             {
     *               "cause": "MISSED",
     *               "id": "42",
     *               "email": "grace.hopper@example.com",
     *               "direction": "INCOMING"
     *             },
     *             {
     *               "cause": "MISSED",
     *               "id": "42",
     *               "email": "grace.hopper@example.com",
     *               "direction": "INCOMING"
     *             }
     *           ],
     *           "endpointId": "f0/v0/p0",
     *           "sms": [
     *             {
     *               "number": 4915799912345,
     *               "cause": "MISSED",
     *               "id": "1337",
     *               "direction": "INCOMING"
     *             },
     *             {
     *               "number": 4915799912345,
     *               "cause": "MISSED",
     *               "id": "1337",
     *               "direction": "INCOMING"
     *             }
     *           ]
     *         }
     *       ],
     *       "voicemail": [
     *         {
     *           "endpointAlias": "Fax/Voicemail of Grace Hopper",
     *           "emails": [
     *             {
     *               "id": "42",
     *               "email": "grace.hopper@example.com"
     *             },
     *             {
     *               "id": "42",
     *               "email": "grace.hopper@example.com"
     *             }
     *           ],
     *           "endpointId": "f0/v0/p0",
     *           "sms": [
     *             {
     *               "number": 4915799912345,
     *               "id": "1337"
     *             },
     *             {
     *               "number": 4915799912345,
     *               "id": "1337"
     *             }
     *           ]
     *         },
     *         {
     *           "endpointAlias": "Fax/Voicemail of Grace Hopper",
     *           "emails": [
     *             {
     *               "id": "42",
     *               "email": "grace.hopper@example.com"
     *             },
     *             {
     *               "id": "42",
     *               "email": "grace.hopper@example.com"
     *             }
     *           ],
     *           "endpointId": "f0/v0/p0",
     *           "sms": [
     *             {
     *               "number": 4915799912345,
     *               "id": "1337"
     *             },
     *             {
     *               "number": 4915799912345,
     *               "id": "1337"
     *             }
     *           ]
     *         }
     *       ],
     *       "sms": [
     *         {
     *           "endpointAlias": "Fax/Voicemail of Grace Hopper",
     *           "emails": [
     *             {
     *               "id": "42",
     *               "email": "grace.hopper@example.com",
     *               "direction": "INCOMING"
     *             },
     *             {
     *               "id": "42",
     *               "email": "grace.hopper@example.com",
     *               "direction": "INCOMING"
     *             }
     *           ],
     *           "endpointId": "f0/v0/p0"
     *         },
     *         {
     *           "endpointAlias": "Fax/Voicemail of Grace Hopper",
     *           "emails": [
     *             {
     *               "id": "42",
     *               "email": "grace.hopper@example.com",
     *               "direction": "INCOMING"
     *             },
     *             {
     *               "id": "42",
     *               "email": "grace.hopper@example.com",
     *               "direction": "INCOMING"
     *             }
     *           ],
     *           "endpointId": "f0/v0/p0"
     *         }
     *       ],
     *       "fax": [
     *         {
     *           "endpointAlias": "Fax/Voicemail of Grace Hopper",
     *           "emails": [
     *             {
     *               "id": "42",
     *               "email": "grace.hopper@example.com",
     *               "direction": "INCOMING"
     *             },
     *             {
     *               "id": "42",
     *               "email": "grace.hopper@example.com",
     *               "direction": "INCOMING"
     *             }
     *           ],
     *           "reports": [
     *             {
     *               "id": "42",
     *               "email": "grace.hopper@example.com"
     *             },
     *             {
     *               "id": "42",
     *               "email": "grace.hopper@example.com"
     *             }
     *           ],
     *           "endpointId": "f0/v0/p0",
     *           "sms": [
     *             {
     *               "number": 4915799912345,
     *               "id": "1337",
     *               "direction": "INCOMING"
     *             },
     *             {
     *               "number": 4915799912345,
     *               "id": "1337",
     *               "direction": "INCOMING"
     *             }
     *           ]
     *         },
     *         {
     *           "endpointAlias": "Fax/Voicemail of Grace Hopper",
     *           "emails": [
     *             {
     *               "id": "42",
     *               "email": "grace.hopper@example.com",
     *               "direction": "INCOMING"
     *             },
     *             {
     *               "id": "42",
     *               "email": "grace.hopper@example.com",
     *               "direction": "INCOMING"
     *             }
     *           ],
     *           "reports": [
     *             {
     *               "id": "42",
     *               "email": "grace.hopper@example.com"
     *             },
     *             {
     *               "id": "42",
     *               "email": "grace.hopper@example.com"
     *             }
     *           ],
     *           "endpointId": "f0/v0/p0",
     *           "sms": [
     *             {
     *               "number": 4915799912345,
     *               "id": "1337",
     *               "direction": "INCOMING"
     *             },
     *             {
     *               "number": 4915799912345,
     *               "id": "1337",
     *               "direction": "INCOMING"
     *             }
     *           ]
     *         }
     *       ]
     *     }
     */
    NotificationsResponse: {
      fax?: components["schemas"]["FaxNotificationResponse"][];
      voicemail?: components["schemas"]["VoicemailNotificationResponse"][];
      call?: components["schemas"]["CallNotificationResponse"][];
      sms?: components["schemas"]["SmsNotificationResponse"][];
    };
    /**
     * @example {
     *       "number": 4915799912345,
     *       "type": [
     *         "type",
     *         "type"
     *       ]
     *     }
     */
    NumberRequest: {
      /** @example 4915799912345 */
      number?: string;
      type?: string[];
    };
    /**
     * @example {
     *       "number": 4915799912345,
     *       "type": [
     *         "type",
     *         "type"
     *       ]
     *     }
     */
    NumberResponse: {
      /** @example 4915799912345 */
      number?: string;
      type?: string[];
    };
    /**
     * @example {
     *       "endpointAlias": "endpointAlias",
     *       "number": 4915799912345,
     *       "endpointId": "p0",
     *       "endpointUrl": "endpointUrl",
     *       "localized": "01579-9912345",
     *       "id": "id",
     *       "type": "MOBILE"
     *     }
     */
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
    /**
     * @example {
     *       "items": [
     *         {
     *           "endpointAlias": "endpointAlias",
     *           "number": 4915799912345,
     *           "endpointId": "p0",
     *           "endpointUrl": "endpointUrl",
     *           "localized": "01579-9912345",
     *           "id": "id",
     *           "type": "MOBILE"
     *         },
     *         {
     *           "endpointAlias": "endpointAlias",
     *           "number": 4915799912345,
     *           "endpointId": "p0",
     *           "endpointUrl": "endpointUrl",
     *           "localized": "01579-9912345",
     *           "id": "id",
     *           "type": "MOBILE"
     *         }
     *       ]
     *     }
     */
    NumbersResponse: {
      items?: components["schemas"]["NumberResponseWithEndpoint"][];
    };
    /**
     * OAuthClient
     * @example {
     *       "privacyUrl": "https://www.example.com/privacy",
     *       "clientId": "ABCDEF0123456789",
     *       "termsUrl": "https://www.example.com/terms",
     *       "name": "Example name",
     *       "description": "Example description",
     *       "clientSecret": "ABCDEF0123456789",
     *       "webOrigins": [
     *         "http://*.example.com",
     *         "https://*.example.com"
     *       ],
     *       "redirectUris": [
     *         "http://*.example.com/*",
     *         "https://*.example.com/*"
     *       ]
     *     }
     */
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
      /**
       * @description Valid URI pattern a browser can redirect to after a successful login or logout (simple wildcards are allowed e.g. 'http://example.com/*')
       * @example [
       *       "http://*.example.com/*",
       *       "https://*.example.com/*"
       *     ]
       */
      redirectUris: string[];
      /**
       * @description Allowed CORS origins (simple wildcards are allowed e.g. 'http://*.example.com')
       * @example [
       *       "http://*.example.com",
       *       "https://*.example.com"
       *     ]
       */
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
    /**
     * OAuthClients
     * @example {
     *       "data": [
     *         {
     *           "privacyUrl": "https://www.example.com/privacy",
     *           "clientId": "ABCDEF0123456789",
     *           "termsUrl": "https://www.example.com/terms",
     *           "name": "Example name",
     *           "description": "Example description",
     *           "clientSecret": "ABCDEF0123456789",
     *           "webOrigins": [
     *             "http://*.example.com",
     *             "https://*.example.com"
     *           ],
     *           "redirectUris": [
     *             "http://*.example.com/*",
     *             "https://*.example.com/*"
     *           ]
     *         },
     *         {
     *           "privacyUrl": "https://www.example.com/privacy",
     *           "clientId": "ABCDEF0123456789",
     *           "termsUrl": "https://www.example.com/terms",
     *           "name": "Example name",
     *           "description": "Example description",
     *           "clientSecret": "ABCDEF0123456789",
     *           "webOrigins": [
     *             "http://*.example.com",
     *             "https://*.example.com"
     *           ],
     *           "redirectUris": [
     *             "http://*.example.com/*",
     *             "https://*.example.com/*"
     *           ]
     *         }
     *       ]
     *     }
     */
    OAuthClients: {
      data?: components["schemas"]["OAuthClient"][];
    };
    /**
     * @example {
     *       "addressId": "123456"
     *     }
     */
    OrderSimRequest: {
      /** @example 123456 */
      addressId: string;
    };
    /**
     * @example {
     *       "destination": 4915799912345,
     *       "alias": "Bjarne Stroustrup's mobile",
     *       "active": false,
     *       "id": "x0"
     *     }
     */
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
    /**
     * @example {
     *       "items": [
     *         {
     *           "destination": 4915799912345,
     *           "alias": "Bjarne Stroustrup's mobile",
     *           "active": false,
     *           "id": "x0"
     *         },
     *         {
     *           "destination": 4915799912345,
     *           "alias": "Bjarne Stroustrup's mobile",
     *           "active": false,
     *           "id": "x0"
     *         }
     *       ]
     *     }
     */
    ParallelForwardingsResponse: {
      items?: components["schemas"]["ParallelForwardingResponse"][];
    };
    /**
     * @example {
     *       "participantId": "ABCDEF0123456789",
     *       "owner": false,
     *       "phoneNumber": 4915799912345,
     *       "muted": false,
     *       "hold": false
     *     }
     */
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
    /**
     * @example {
     *       "enabled": false,
     *       "target": "REJECT"
     *     }
     */
    PhonelineBlockAnonymousResponse: {
      /** @default false */
      enabled: boolean;
      /** @enum {string} */
      target?: "REJECT" | "VOICEMAIL";
    };
    /**
     * @example {
     *       "alias": "Alan Turing",
     *       "id": "p0",
     *       "voicemails": [
     *         {
     *           "active": false,
     *           "id": "p0",
     *           "timeout": 10
     *         },
     *         {
     *           "active": false,
     *           "id": "p0",
     *           "timeout": 10
     *         }
     *       ]
     *     }
     */
    PhonelineResponse: {
      /** @example p0 */
      id?: string;
      /** @example Alan Turing */
      alias?: string;
      voicemails?: components["schemas"]["VoicemailSettingsResponse"][];
    };
    /**
     * @example {
     *       "xmlError": "Response does not have content type application/xml",
     *       "request": "event=newCall&from=492111234567&to=4915791234567&direction=in&callId=123456&user[]=Alice",
     *       "created": "2015-10-21T19:28:00Z",
     *       "response": "HTTP/1.1 200 OK...",
     *       "url": "https://demo.sipgate.io",
     *       "status": "200"
     *     }
     */
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
    /**
     * @example {
     *       "items": [
     *         {
     *           "xmlError": "Response does not have content type application/xml",
     *           "request": "event=newCall&from=492111234567&to=4915791234567&direction=in&callId=123456&user[]=Alice",
     *           "created": "2015-10-21T19:28:00Z",
     *           "response": "HTTP/1.1 200 OK...",
     *           "url": "https://demo.sipgate.io",
     *           "status": "200"
     *         },
     *         {
     *           "xmlError": "Response does not have content type application/xml",
     *           "request": "event=newCall&from=492111234567&to=4915791234567&direction=in&callId=123456&user[]=Alice",
     *           "created": "2015-10-21T19:28:00Z",
     *           "response": "HTTP/1.1 200 OK...",
     *           "url": "https://demo.sipgate.io",
     *           "status": "200"
     *         }
     *       ]
     *     }
     */
    PhonelineSipgateIoLogsResponse: {
      items?: components["schemas"]["PhonelineSipgateIoLogResponse"][];
    };
    /**
     * @example {
     *       "outgoingActive": false,
     *       "incomingActive": false,
     *       "allowSelfSigned": false,
     *       "log": false,
     *       "outgoingUrl": "https://io.sipgate.rehab/my/outgoing/url",
     *       "certificate": "-----BEGIN CERTIFICATE-----",
     *       "incomingUrl": "https://io.sipgate.beer/my/incoming/url"
     *     }
     */
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
    /**
     * @example {
     *       "activeGreetingId": "activeGreetingId",
     *       "canTranscribe": false,
     *       "greetingsUrl": "greetingsUrl",
     *       "transcription": false,
     *       "activeGreetingAlias": "activeGreetingAlias",
     *       "accessNumber": "50000",
     *       "alias": "Voicemail of Grace Hopper",
     *       "active": false,
     *       "transcriptionsUrl": "transcriptionsUrl",
     *       "id": "v0",
     *       "timeout": 20
     *     }
     */
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
    /**
     * @example {
     *       "items": [
     *         {
     *           "activeGreetingId": "activeGreetingId",
     *           "canTranscribe": false,
     *           "greetingsUrl": "greetingsUrl",
     *           "transcription": false,
     *           "activeGreetingAlias": "activeGreetingAlias",
     *           "accessNumber": "50000",
     *           "alias": "Voicemail of Grace Hopper",
     *           "active": false,
     *           "transcriptionsUrl": "transcriptionsUrl",
     *           "id": "v0",
     *           "timeout": 20
     *         },
     *         {
     *           "activeGreetingId": "activeGreetingId",
     *           "canTranscribe": false,
     *           "greetingsUrl": "greetingsUrl",
     *           "transcription": false,
     *           "activeGreetingAlias": "activeGreetingAlias",
     *           "accessNumber": "50000",
     *           "alias": "Voicemail of Grace Hopper",
     *           "active": false,
     *           "transcriptionsUrl": "transcriptionsUrl",
     *           "id": "v0",
     *           "timeout": 20
     *         }
     *       ]
     *     }
     */
    PhonelineVoicemailsResponse: {
      items?: components["schemas"]["PhonelineVoicemailResponse"][];
    };
    /**
     * @example {
     *       "datadId": "1000171",
     *       "deviceId": "e0"
     *     }
     */
    PlayRecordingRequest: {
      /** @example e0 */
      deviceId?: string;
      /** @example 1000171 */
      datadId?: string;
    };
    /**
     * @example {
     *       "number": 4915799912345,
     *       "id": "id"
     *     }
     */
    PortingNumberResponse: {
      id?: string;
      /** @example 4915799912345 */
      number?: string;
    };
    /**
     * @example {
     *       "pending": false,
     *       "numbers": [
     *         {
     *           "number": 4915799912345,
     *           "id": "id"
     *         },
     *         {
     *           "number": 4915799912345,
     *           "id": "id"
     *         }
     *       ],
     *       "id": "id",
     *       "revocable": false,
     *       "portDate": "2015-10-21",
     *       "status": 200
     *     }
     */
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
    /**
     * @example {
     *       "items": [
     *         {
     *           "pending": false,
     *           "numbers": [
     *             {
     *               "number": 4915799912345,
     *               "id": "id"
     *             },
     *             {
     *               "number": 4915799912345,
     *               "id": "id"
     *             }
     *           ],
     *           "id": "id",
     *           "revocable": false,
     *           "portDate": "2015-10-21",
     *           "status": 200
     *         },
     *         {
     *           "pending": false,
     *           "numbers": [
     *             {
     *               "number": 4915799912345,
     *               "id": "id"
     *             },
     *             {
     *               "number": 4915799912345,
     *               "id": "id"
     *             }
     *           ],
     *           "id": "id",
     *           "revocable": false,
     *           "portDate": "2015-10-21",
     *           "status": 200
     *         }
     *       ]
     *     }
     */
    PortingsResponse: {
      items?: components["schemas"]["PortingResponse"][];
    };
    /**
     * @example {
     *       "showSimquadratLogo": false,
     *       "chatbotUsingInformalLanguage": false,
     *       "verificationLetterCodeRequired": false,
     *       "chatbotHuman": false,
     *       "showBasicLogo": false,
     *       "identityVerificationRequiredForMobile": false,
     *       "showDisplaySingleLineOption": false,
     *       "hasDedicatedAdminArea": false,
     *       "showClick2DialButton": false,
     *       "showEventTimeToLiveHint": false,
     *       "showNettoPrices": false,
     *       "multiSimProduct": false,
     *       "identityVerificationRequired": false,
     *       "showSipCredentials": false,
     *       "mobileOnlyProduct": false,
     *       "showVerificationLetter": false,
     *       "showSimRelevantOptions": false,
     *       "voipOnlyProduct": false,
     *       "showRegisterDndOption": false,
     *       "showESimOptions": false,
     *       "productWithoutBaseFee": false
     *     }
     */
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
    /**
     * @example {
     *       "value": true,
     *       "announcement": true
     *     }
     */
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
    /**
     * @example {
     *       "active": false
     *     }
     */
    RecordingSettingsIncomingRequest: {
      /** @default false */
      active: boolean;
    };
    /**
     * @example {
     *       "activePhonelines": [
     *         {
     *           "alias": "Alan Turing",
     *           "id": "id"
     *         },
     *         {
     *           "alias": "Alan Turing",
     *           "id": "id"
     *         }
     *       ],
     *       "credentials": {
     *         "password": "password",
     *         "sipServerWebsocketUrl": "sipServerWebsocketUrl",
     *         "sipServer": "sipServer",
     *         "outboundProxy": "outboundProxy",
     *         "username": "username"
     *       },
     *       "addressUrl": "/addresses/1234",
     *       "activeGroups": [
     *         {
     *           "alias": "Alan Turing",
     *           "id": "id"
     *         },
     *         {
     *           "alias": "Alan Turing",
     *           "id": "id"
     *         }
     *       ],
     *       "alias": "VoIP phone of Grace Hopper",
     *       "online": false,
     *       "registered": [
     *         {
     *           "port": "port",
     *           "ip": "ip",
     *           "userAgent": "userAgent"
     *         },
     *         {
     *           "port": "port",
     *           "ip": "ip",
     *           "userAgent": "userAgent"
     *         }
     *       ],
     *       "id": "e0",
     *       "dnd": false,
     *       "type": "REGISTER",
     *       "emergencyAddressId": "1234"
     *     }
     */
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
    /**
     * @example {
     *       "port": "port",
     *       "ip": "ip",
     *       "userAgent": "userAgent"
     *     }
     */
    RegisteredDevice: {
      userAgent?: string;
      ip?: string;
      port?: string;
    };
    /**
     * @example {
     *       "id": "42",
     *       "email": "grace.hopper@example.com"
     *     }
     */
    ReportTarget: {
      /** @example 42 */
      id?: string;
      /** @example grace.hopper@example.com */
      email?: string;
    };
    /**
     * @example {
     *       "username": "username"
     *     }
     */
    RequestPasswordResetRequest: {
      username?: string;
    };
    /**
     * @example {
     *       "faxId": "100018428",
     *       "faxlineId": "f0"
     *     }
     */
    ResendFaxRequest: {
      /** @example 100018428 */
      faxId: string;
      /** @example f0 */
      faxlineId?: string;
    };
    /**
     * @example {
     *       "restriction": "CAN_CREATE_REGISTER_DEVICE",
     *       "value": "{}",
     *       "target": "w0"
     *     }
     */
    RestrictionItem: {
      /** @enum {string} */
      restriction?: "CAN_CREATE_REGISTER_DEVICE" | "CAN_DELETE_REGISTER_DEVICE" | "CAN_CREATE_TRUNK_DEVICE" | "CAN_DELETE_TRUNK_DEVICE" | "CAN_BOOK_TRUNKING" | "CAN_SEE_TRUNKING_CONTINGENT_ADVERTISEMENT" | "CAN_CREATE_MOBILE_DEVICE" | "CAN_DELETE_MOBILE_DEVICE" | "CAN_CREATE_UNLINKED_MOBILE_DEVICE" | "CAN_DELETE_UNLINKED_MOBILE_DEVICE" | "CAN_USE_UNLINKED_MOBILE_DEVICES" | "CAN_DELETE_SIM_DEVICE" | "CAN_CREATE_EXTERNAL_DEVICE" | "CAN_DELETE_EXTERNAL_DEVICE" | "CAN_CHANGE_EXTERNAL_DEVICE" | "CAN_BOOK_PHONELINE_FEATURE" | "CAN_CREATE_PHONELINE_EXTENSION" | "CAN_DELETE_PHONELINE_EXTENSION" | "CAN_CREATE_QUICKDIAL_NUMBER" | "CAN_CHANGE_QUICKDIAL_NUMBER" | "CAN_DELETE_QUICKDIAL_NUMBER" | "CAN_GET_HISTORY" | "CAN_CREATE_FAX_EXTENSION" | "CAN_DELETE_FAX_EXTENSION" | "CAN_BOOK_FAX_FEATURE" | "CAN_SEND_FAX" | "CAN_RECEIVE_FAX" | "CAN_CHANGE_DEVICE_EMERGENCY_LOCATION" | "CAN_ACTIVATE_SIM" | "CAN_GET_ACCOUNT_BALANCE" | "CAN_USE_AUTOPROVISION" | "CAN_REORDER_SIM" | "CAN_GET_BLACKLIST" | "CAN_MANAGE_BLACKLIST" | "CAN_CHANGE_PHONE_PROVISIONING_CONFIGURATION" | "CAN_GET_PHONE_PROVISIONING_CONFIGURATION" | "CAN_ACCOUNT_SEND_WEB_SMS" | "CAN_ACTIVATE_CALL_RECORDING" | "CAN_CHANGE_BUSY_ON_BUSY" | "CAN_CREATE_CRM_INTEGRATION" | "CAN_CHANGE_CRM_INTEGRATION" | "CAN_DELETE_CRM_INTEGRATION" | "CAN_UPGRADE_CONTRACT" | "CAN_CHANGE_USER_LOCATION" | "CAN_CHANGE_USER_LOGIN" | "CAN_CHANGE_USER_ROLE" | "CAN_USE_PBX_FEATURES" | "CAN_USE_PRO_FEATURES" | "CAN_USE_TRUNKS" | "CAN_USE_CONFERENCE_ROOMS" | "CAN_CREATE_CONFERENCE_ROOM" | "CAN_USE_AFFILIATE" | "CAN_USE_PUSH_API" | "CAN_USE_FEATURE_STORE" | "CAN_CREATE_SHARED_CONTACTS" | "CAN_USE_SOFTPHONE" | "CAN_USE_TEAM_CLINQ" | "CAN_ADD_PHONE_NUMBER" | "CAN_EDIT_GROUP_SETTINGS" | "CAN_INDIVIDUALIZE_ACCOUNT" | "CAN_CREATE_WEBUSER" | "CAN_CREATE_UNLINKED_DEVICE" | "CAN_DELETE_UNLINKED_DEVICE" | "CAN_SEE_PREVIEW_MESSAGES" | "CAN_CHANGE_FORWARDING_TIMES" | "CAN_USE_UNLINKED_DEVICES" | "CAN_USE_GROUPS" | "CAN_USE_WEB_BLF" | "CAN_CHANGE_VOICEMAIL_SETTINGS" | "CAN_CREATE_SHARED_VOIP_PHONE_WITHOUT_CHARGE" | "CAN_CREATE_EXTRA_VOIP_PHONE_WITHOUT_CHARGE" | "CAN_CREATE_GREETING_FOR_ALL_USERS" | "CAN_USE_IVR" | "CAN_CREATE_IVR" | "NOTIFICATION_RESTRICTIONS" | "GSUITE_EXTENSION";
      value?: Record<string, never>;
      /** @example w0 */
      target?: string;
    };
    /**
     * @example {
     *       "items": [
     *         {
     *           "restriction": "CAN_CREATE_REGISTER_DEVICE",
     *           "value": "{}",
     *           "target": "w0"
     *         },
     *         {
     *           "restriction": "CAN_CREATE_REGISTER_DEVICE",
     *           "value": "{}",
     *           "target": "w0"
     *         }
     *       ]
     *     }
     */
    RestrictionsResponse: {
      items?: components["schemas"]["RestrictionItem"][];
    };
    /**
     * @example {
     *       "deviceId": "e0"
     *     }
     */
    RouteDeviceRequest: {
      /** @example e0 */
      deviceId: string;
    };
    /**
     * @example {
     *       "endpoint": {
     *         "extension": "e0",
     *         "type": "SMS"
     *       },
     *       "type": "FORWARDED"
     *     }
     */
    RoutedEndpointResponse: {
      /** @enum {string} */
      type?: "FORWARDED" | "ROUTED" | "PICKUP";
      endpoint?: components["schemas"]["EndpointResponse"];
    };
    /**
     * @example {
     *       "base64Content": "TWF5IHRoZSBmb3VydGggYmUgd2l0aCB5b3U=",
     *       "filename": "fax.pdf",
     *       "faxlineId": "f0",
     *       "recipient": 4921112345678
     *     }
     */
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
    /**
     * @example {
     *       "sessionId": "sessionId"
     *     }
     */
    SendFaxSessionResponse: {
      sessionId?: string;
    };
    /**
     * @example {
     *       "smsId": "s0",
     *       "recipient": 4915799912345,
     *       "sendAt": 1546850272,
     *       "message": "Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor invidunt ut labore et dolore magna aliquyam erat, sed diam voluptua."
     *     }
     */
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
    /**
     * @example {
     *       "alias": "Theodore Sturgeon's connection"
     *     }
     */
    SetAliasRequest: {
      /** @example Theodore Sturgeon's connection */
      alias?: string;
    };
    /**
     * @example {
     *       "enabled": false,
     *       "target": "REJECT"
     *     }
     */
    SetBlockAnonymousSettingsRequest: {
      /** @default false */
      enabled: boolean;
      /** @enum {string} */
      target?: "REJECT" | "VOICEMAIL";
    };
    /**
     * @example {
     *       "enabled": false
     *     }
     */
    SetBusyOnBusySettingsRequest: {
      /** @default false */
      enabled: boolean;
    };
    /**
     * @example {
     *       "enabled": true
     *     }
     */
    SetCallRestrictionRequest: {
      /**
       * @default false
       * @example true
       */
      enabled: boolean;
    };
    /**
     * @example {
     *       "deviceId": "e0"
     *     }
     */
    SetDefaultDeviceRequest: {
      /** @example e0 */
      deviceId: string;
    };
    /**
     * @example {
     *       "value": "Theodore Sturgeon's device"
     *     }
     */
    SetDeviceAliasRequest: {
      /** @example Theodore Sturgeon's device */
      value?: string;
    };
    /**
     * @example {
     *       "forwardings": [
     *         {
     *           "destination": 4915799912345,
     *           "active": false,
     *           "timeout": 48
     *         },
     *         {
     *           "destination": 4915799912345,
     *           "active": false,
     *           "timeout": 48
     *         },
     *         {
     *           "destination": 4915799912345,
     *           "active": false,
     *           "timeout": 48
     *         }
     *       ]
     *     }
     */
    SetForwardingsRequest: {
      forwardings?: components["schemas"]["Forwarding"][];
    };
    /**
     * @example {
     *       "value": true
     *     }
     */
    SetHistoryEntryArchiveRequest: {
      /**
       * @default false
       * @example true
       */
      value: boolean;
    };
    /**
     * @example {
     *       "note": "note"
     *     }
     */
    SetHistoryEntryNoteRequest: {
      note: string;
    };
    /**
     * @example {
     *       "value": true
     *     }
     */
    SetHistoryEntryReadRequest: {
      /**
       * @default false
       * @example true
       */
      value: boolean;
    };
    /**
     * @example {
     *       "addressId": 0
     *     }
     */
    SetLocationRequest: {
      /** Format: int32 */
      addressId?: number;
    };
    /**
     * @example {
     *       "destination": 4915799912345,
     *       "alias": "Bjarne Stroustrup's mobile",
     *       "active": false
     *     }
     */
    SetParallelForwardingRequest: {
      /** @example 4915799912345 */
      destination?: string;
      /** @example Bjarne Stroustrup's mobile */
      alias?: string;
      /** @default false */
      active: boolean;
    };
    /**
     * @example {
     *       "log": true,
     *       "outgoingUrl": "https://io.sipgate.rehab/my/outgoing/url",
     *       "whitelist": "[\"w0\", \"w1\", \"g3\"]",
     *       "incomingUrl": "https://io.sipgate.beer/my/incoming/url"
     *     }
     */
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
      /** @example ["w0", "w1", "g3"] */
      whitelist?: string[] | null;
    };
    /**
     * @example {
     *       "outgoingActive": false,
     *       "incomingActive": false,
     *       "allowSelfSigned": false,
     *       "log": false,
     *       "outgoingUrl": "https://io.sipgate.rehab/my/outgoing/url",
     *       "certificate": "-----BEGIN CERTIFICATE-----",
     *       "incomingUrl": "https://io.sipgate.beer/my/incoming/url"
     *     }
     */
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
    /**
     * @example {
     *       "defaultNumber": false
     *     }
     */
    SetSmsCallerIdRequest: {
      /** @default false */
      defaultNumber: boolean;
    };
    /**
     * @example {
     *       "admin": false
     *     }
     */
    SetUserRoleRequest: {
      /** @default false */
      admin: boolean;
    };
    /**
     * @example {
     *       "groupUsersUrl": "groupUsersUrl",
     *       "departmentId": 0,
     *       "alias": "Turings Group",
     *       "id": "g0",
     *       "groupNumbersUrl": "groupNumbersUrl"
     *     }
     */
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
    /**
     * @example {
     *       "items": [
     *         {
     *           "groupUsersUrl": "groupUsersUrl",
     *           "departmentId": 0,
     *           "alias": "Turings Group",
     *           "id": "g0",
     *           "groupNumbersUrl": "groupNumbersUrl"
     *         },
     *         {
     *           "groupUsersUrl": "groupUsersUrl",
     *           "departmentId": 0,
     *           "alias": "Turings Group",
     *           "id": "g0",
     *           "groupNumbersUrl": "groupNumbersUrl"
     *         }
     *       ]
     *     }
     */
    SimpleGroupsResponse: {
      items?: components["schemas"]["SimpleGroupResponse"][];
    };
    /**
     * @example {
     *       "parallelForwardingsUrl": "parallelForwardingsUrl",
     *       "voicemailsUrl": "voicemailsUrl",
     *       "numbersUrl": "numbersUrl",
     *       "alias": "Alan Turing",
     *       "forwardingsUrl": "forwardingsUrl",
     *       "id": "p0",
     *       "blockAnonymousUrl": "blockAnonymousUrl",
     *       "devicesUrl": "devicesUrl"
     *     }
     */
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
    /**
     * @example {
     *       "items": [
     *         {
     *           "parallelForwardingsUrl": "parallelForwardingsUrl",
     *           "voicemailsUrl": "voicemailsUrl",
     *           "numbersUrl": "numbersUrl",
     *           "alias": "Alan Turing",
     *           "forwardingsUrl": "forwardingsUrl",
     *           "id": "p0",
     *           "blockAnonymousUrl": "blockAnonymousUrl",
     *           "devicesUrl": "devicesUrl"
     *         },
     *         {
     *           "parallelForwardingsUrl": "parallelForwardingsUrl",
     *           "voicemailsUrl": "voicemailsUrl",
     *           "numbersUrl": "numbersUrl",
     *           "alias": "Alan Turing",
     *           "forwardingsUrl": "forwardingsUrl",
     *           "id": "p0",
     *           "blockAnonymousUrl": "blockAnonymousUrl",
     *           "devicesUrl": "devicesUrl"
     *         }
     *       ]
     *     }
     */
    SimplePhonelinesResponse: {
      items?: components["schemas"]["SimplePhonelineResponse"][];
    };
    /**
     * @example {
     *       "alias": "Voicemail of Grace Hopper",
     *       "id": "v0",
     *       "belongsToEndpoint": {
     *         "extension": "e0",
     *         "type": "SMS"
     *       }
     *     }
     */
    SimpleVoicemailResponse: {
      /** @example v0 */
      id?: string;
      /** @example Voicemail of Grace Hopper */
      alias?: string;
      belongsToEndpoint?: components["schemas"]["EndpointResponse"];
    };
    /**
     * @example {
     *       "enabled": false
     *     }
     */
    SingleRowDisplayRequest: {
      /** @default false */
      enabled: boolean;
    };
    /**
     * @example {
     *       "enabled": false
     *     }
     */
    SingleRowDisplayResponse: {
      /** @default false */
      enabled: boolean;
    };
    /**
     * @example {
     *       "log": true,
     *       "outgoingUrl": "https://io.sipgate.rehab/my/outgoing/url",
     *       "whitelist": "[w0]",
     *       "incomingUrl": "https://io.sipgate.beer/my/incoming/url"
     *     }
     */
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
      /** @example [w0] */
      whitelist?: string[] | null;
    };
    /**
     * @example {
     *       "phonenumber": 4915799912345
     *     }
     */
    SmsCallerIdRequest: {
      /** @example 4915799912345 */
      phonenumber?: string;
    };
    /**
     * @example {
     *       "defaultNumber": false,
     *       "phonenumber": "phonenumber",
     *       "verified": false,
     *       "id": 0
     *     }
     */
    SmsCallerIdResponse: {
      /** Format: int32 */
      id?: number;
      phonenumber?: string;
      /** @default false */
      verified: boolean;
      /** @default false */
      defaultNumber: boolean;
    };
    /**
     * @example {
     *       "items": [
     *         {
     *           "defaultNumber": false,
     *           "phonenumber": "phonenumber",
     *           "verified": false,
     *           "id": 0
     *         },
     *         {
     *           "defaultNumber": false,
     *           "phonenumber": "phonenumber",
     *           "verified": false,
     *           "id": 0
     *         }
     *       ]
     *     }
     */
    SmsCallerIdsResponse: {
      items?: components["schemas"]["SmsCallerIdResponse"][];
    };
    /**
     * @example {
     *       "id": "42",
     *       "email": "grace.hopper@example.com",
     *       "direction": "INCOMING"
     *     }
     */
    SmsEmailTarget: {
      /** @example 42 */
      id?: string;
      /** @example grace.hopper@example.com */
      email?: string;
      /** @enum {string} */
      direction?: "INCOMING" | "OUTGOING";
    };
    /**
     * @example {
     *       "alias": "SMS von Douglas Engelbart",
     *       "id": "s0",
     *       "callerId": 4915799912345
     *     }
     */
    SmsExtensionResponse: {
      /** @example s0 */
      id?: string;
      /** @example SMS von Douglas Engelbart */
      alias?: string;
      /** @example 4915799912345 */
      callerId?: string;
    };
    /**
     * @example {
     *       "items": [
     *         {
     *           "alias": "SMS von Douglas Engelbart",
     *           "id": "s0",
     *           "callerId": 4915799912345
     *         },
     *         {
     *           "alias": "SMS von Douglas Engelbart",
     *           "id": "s0",
     *           "callerId": 4915799912345
     *         }
     *       ]
     *     }
     */
    SmsExtensionsResponse: {
      items?: components["schemas"]["SmsExtensionResponse"][];
    };
    /**
     * @example {
     *       "endpointAlias": "Fax/Voicemail of Grace Hopper",
     *       "emails": [
     *         {
     *           "id": "42",
     *           "email": "grace.hopper@example.com",
     *           "direction": "INCOMING"
     *         },
     *         {
     *           "id": "42",
     *           "email": "grace.hopper@example.com",
     *           "direction": "INCOMING"
     *         }
     *       ],
     *       "endpointId": "f0/v0/p0"
     *     }
     */
    SmsNotificationResponse: {
      /** @example f0/v0/p0 */
      endpointId?: string;
      /** @example Fax/Voicemail of Grace Hopper */
      endpointAlias?: string;
      emails?: components["schemas"]["SmsEmailTarget"][];
    };
    /**
     * @example {
     *       "number": 4915799912345,
     *       "id": "1337"
     *     }
     */
    SmsTarget: {
      /** @example 1337 */
      id?: string;
      /** @example 4915799912345 */
      number?: string;
    };
    /**
     * @example {
     *       "accepted": false
     *     }
     */
    TacResponse: {
      /** @default false */
      accepted: boolean;
    };
    /**
     * @example {
     *       "enabled": false
     *     }
     */
    TariffAnnouncementRequest: {
      /** @default false */
      enabled: boolean;
    };
    /**
     * @example {
     *       "enabled": false
     *     }
     */
    TariffAnnouncementResponse: {
      /** @default false */
      enabled: boolean;
    };
    /**
     * @example {
     *       "attended": false,
     *       "phoneNumber": 4915799912345,
     *       "callerId": 492110012345
     *     }
     */
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
    /**
     * @example {
     *       "emails": [
     *         {
     *           "type": [
     *             "type",
     *             "type"
     *           ],
     *           "email": "user@example.com"
     *         },
     *         {
     *           "type": [
     *             "type",
     *             "type"
     *           ],
     *           "email": "user@example.com"
     *         }
     *       ],
     *       "given": "Ada",
     *       "addresses": [
     *         {
     *           "poBox": "poBox",
     *           "country": "country",
     *           "streetAddress": "streetAddress",
     *           "postalCode": "postalCode",
     *           "locality": "locality",
     *           "extendedAddress": "extendedAddress",
     *           "region": "region"
     *         },
     *         {
     *           "poBox": "poBox",
     *           "country": "country",
     *           "streetAddress": "streetAddress",
     *           "postalCode": "postalCode",
     *           "locality": "locality",
     *           "extendedAddress": "extendedAddress",
     *           "region": "region"
     *         }
     *       ],
     *       "organization": [
     *         [
     *           "organization",
     *           "organization"
     *         ],
     *         [
     *           "organization",
     *           "organization"
     *         ]
     *       ],
     *       "scope": "PRIVATE",
     *       "name": "Ada Lovelace",
     *       "numbers": [
     *         {
     *           "number": 4915799912345,
     *           "type": [
     *             "type",
     *             "type"
     *           ]
     *         },
     *         {
     *           "number": 4915799912345,
     *           "type": [
     *             "type",
     *             "type"
     *           ]
     *         }
     *       ],
     *       "id": "80d6bf52-5497-4c05-9ab6-076a377c92b7",
     *       "family": "Lovelace",
     *       "picture": "4AAQSkZJRgABAQAAAQABAAD..."
     *     }
     */
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
    /**
     * @example {
     *       "archived": false,
     *       "read": false,
     *       "starred": false,
     *       "id": "id"
     *     }
     */
    UpdateHistoryEntriesRequest: {
      id: string;
      /** @default false */
      archived: boolean;
      /** @default false */
      read: boolean;
      /** @default false */
      starred: boolean;
    };
    /**
     * @example {
     *       "note": "note",
     *       "archived": false,
     *       "read": false,
     *       "starred": false
     *     }
     */
    UpdateHistoryEntryRequest: {
      note?: string;
      /** @default false */
      archived: boolean;
      /** @default false */
      read: boolean;
      /** @default false */
      starred: boolean;
    };
    /**
     * @example {
     *       "firstname": "Ada",
     *       "directDialIds": "101",
     *       "timezone": "Europe/Berlin",
     *       "defaultDevice": "e0",
     *       "busyOnBusy": true,
     *       "admin": false,
     *       "id": "w0",
     *       "email": "ada.lovelace@sipgate.love",
     *       "lastname": "Lovelace",
     *       "addressId": "13"
     *     }
     */
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
      /** @example 101 */
      directDialIds?: string[];
      /** @example Europe/Berlin */
      timezone?: string;
      /** @default false */
      admin: boolean;
    };
    /**
     * @example {
     *       "sub": "w0",
     *       "domain": "sipgate.de",
     *       "masterSipId": "0000000",
     *       "locale": "de_DE"
     *     }
     */
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
    /**
     * @example {
     *       "items": [
     *         {
     *           "firstname": "Ada",
     *           "directDialIds": "101",
     *           "timezone": "Europe/Berlin",
     *           "defaultDevice": "e0",
     *           "busyOnBusy": true,
     *           "admin": false,
     *           "id": "w0",
     *           "email": "ada.lovelace@sipgate.love",
     *           "lastname": "Lovelace",
     *           "addressId": "13"
     *         },
     *         {
     *           "firstname": "Ada",
     *           "directDialIds": "101",
     *           "timezone": "Europe/Berlin",
     *           "defaultDevice": "e0",
     *           "busyOnBusy": true,
     *           "admin": false,
     *           "id": "w0",
     *           "email": "ada.lovelace@sipgate.love",
     *           "lastname": "Lovelace",
     *           "addressId": "13"
     *         }
     *       ]
     *     }
     */
    UsersResponse: {
      items?: components["schemas"]["UserResponse"][];
    };
    /**
     * @example {
     *       "verificationCode": "verificationCode"
     *     }
     */
    VerifySmsCallerIdRequest: {
      verificationCode?: string;
    };
    /**
     * @example {
     *       "endpointAlias": "Fax/Voicemail of Grace Hopper",
     *       "emails": [
     *         {
     *           "id": "42",
     *           "email": "grace.hopper@example.com"
     *         },
     *         {
     *           "id": "42",
     *           "email": "grace.hopper@example.com"
     *         }
     *       ],
     *       "endpointId": "f0/v0/p0",
     *       "sms": [
     *         {
     *           "number": 4915799912345,
     *           "id": "1337"
     *         },
     *         {
     *           "number": 4915799912345,
     *           "id": "1337"
     *         }
     *       ]
     *     }
     */
    VoicemailNotificationResponse: {
      /** @example f0/v0/p0 */
      endpointId?: string;
      /** @example Fax/Voicemail of Grace Hopper */
      endpointAlias?: string;
      emails?: components["schemas"]["EmailTarget"][];
      sms?: components["schemas"]["SmsTarget"][];
    };
    /**
     * @example {
     *       "activeGreetingId": "activeGreetingId",
     *       "canTranscribe": false,
     *       "transcription": false,
     *       "activeGreetingAlias": "activeGreetingAlias",
     *       "accessNumber": "50000",
     *       "alias": "Voicemail of Grace Hopper",
     *       "id": "v0",
     *       "belongsToEndpoint": {
     *         "extension": "e0",
     *         "type": "SMS"
     *       }
     *     }
     */
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
    /**
     * @example {
     *       "active": false,
     *       "id": "p0",
     *       "timeout": 10
     *     }
     */
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
    /**
     * @example {
     *       "items": [
     *         {
     *           "alias": "Voicemail of Grace Hopper",
     *           "id": "v0",
     *           "belongsToEndpoint": {
     *             "extension": "e0",
     *             "type": "SMS"
     *           }
     *         },
     *         {
     *           "alias": "Voicemail of Grace Hopper",
     *           "id": "v0",
     *           "belongsToEndpoint": {
     *             "extension": "e0",
     *             "type": "SMS"
     *           }
     *         }
     *       ]
     *     }
     */
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
      /**
       * @description Valid URI pattern a browser can redirect to after a successful login or logout (simple wildcards are allowed e.g. 'http://example.com/*')
       * @example [
       *       "https://*.example.com/*"
       *     ]
       */
      redirectUris: string[];
      /**
       * @description Allowed CORS origins (simple wildcards are allowed e.g. 'http://*.example.com')
       * @example [
       *       "http://*.example.com",
       *       "https://*.example.com"
       *     ]
       */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description CSV (overlay: spec-notes #7) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
      /** @description No Content (overlay: spec-notes #4) */
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
