import {
  createAccountModule,
  createContactsModule,
  createFaxModule,
  createSMSModule,
  createDevicesModule,
  createHistoryModule,
  createNumbersModule,
  createSettingsModule,
  createVoicemailsModule,
  HistoryDirection,
  HistoryEntryType,
  Starred,
  type ContactResponse,
} from '../../lib';
import { contactToVCard } from '../../lib/resources/contacts/vcard';
import { contractClient, describeAgainstContract } from './prism';

describeAgainstContract(
  'history, contacts, numbers, devices, voicemails, balance and settings against the OpenAPI contract',
  (prism) => {
    it('history: every method', async () => {
      const { client, violations } = contractClient(prism());
      const history = createHistoryModule(client);
      // History the sandbox can list (Prism answers its examples whatever was sent).
      await createSMSModule(client).send({ smsId: 's0', to: '+4921165432', message: 'contract' });
      await createFaxModule(client).send({
        to: '+4921112345678',
        fileContent: Buffer.from('%PDF-1.4\n%%EOF\n'),
        faxlineId: 'f0',
      });
      const filter = {
        connectionIds: ['p0'],
        types: [HistoryEntryType.CALL, HistoryEntryType.SMS],
        directions: [HistoryDirection.INCOMING],
        archived: false,
        starred: Starred.STARRED,
        from: new Date('2026-01-01T00:00:00Z'),
        to: new Date('2026-02-01T00:00:00Z'),
        phonenumber: '+4921165432',
      };
      const entries = await history.fetchAll(prism().kind === 'sandbox' ? {} : filter, { offset: 0, limit: 10 });
      expect(entries.length).toBeGreaterThan(0);
      await history.fetchAll(filter, { offset: 0, limit: 10 });
      expect(entries[0].created).toBeInstanceOf(Date);
      let count = 0;
      for await (const entry of history.iterate({ types: [HistoryEntryType.FAX] }, { pageSize: 50, maxItems: 5 }))
        count += entry ? 1 : 0;
      expect(count).toBeGreaterThan(0);
      await history.fetchById(entries[0].id);
      await history.deleteById(entries[0].id);
      await history.deleteByListOfIds(['1', '2', '3']);
      await history.batchUpdateEvents(entries.slice(1), () => ({
        archived: true,
        read: true,
        starred: false,
        note: 'checked',
      }));
      expect(
        typeof (await history.exportAsCsvString(
          { types: [HistoryEntryType.CALL], startDate: new Date('2026-01-01') },
          { limit: 5 },
        )),
      ).toBe('string');
      expect(violations).toEqual([]);
    });

    it('contacts: every method', async () => {
      const { client, violations } = contractClient(prism());
      const contacts = createContactsModule(client);
      const mine: ContactResponse = {
        id: 'c1',
        name: 'Ada Lovelace',
        picture: null,
        emails: [{ email: 'ada@example.com', type: ['work'] }],
        numbers: [{ number: '+4921163553355', type: ['cell'] }],
        addresses: [
          {
            poBox: '',
            extendedAddress: '',
            streetAddress: '12 Square',
            locality: 'London',
            region: '',
            postalCode: 'SW1',
            country: 'UK',
          },
        ],
        organization: [['Engines']],
        scope: 'PRIVATE',
      };
      await contacts.create(
        {
          firstname: 'Ada',
          lastname: 'Lovelace',
          phone: mine.numbers[0],
          email: mine.emails[0],
          address: mine.addresses[0],
          organization: ['Engines'],
        },
        'SHARED',
      );
      const [created] = await contacts.get('ALL');
      await contacts.update({ ...mine, id: created.id });
      await contacts.delete(created.id);
      await contacts.deleteAllPrivate();
      await contacts.deleteAllShared().catch(() => undefined); // the example data may hold no SHARED contact
      await contacts.importFromCsvString('firstname,lastname,number\nAlan,Turing,+4921163553355\n');
      await contacts.importVCardString(contactToVCard(mine), 'PRIVATE');
      expect(Array.isArray(await contacts.get('ALL'))).toBe(true);
      let iterated = 0;
      for await (const contact of contacts.iterate('ALL')) iterated += contact ? 1 : 0;
      expect(iterated).toBeGreaterThan(0);
      await contacts.get('ALL', { offset: 0, limit: 10 }, { phoneNumbers: ['+4921163553355'] });
      expect(typeof (await contacts.exportAsCsv('ALL', ';'))).toBe('string');
      expect(Array.isArray(await contacts.exportAsVCards('ALL'))).toBe(true);
      expect(typeof (await contacts.exportAsSingleVCard('ALL'))).toBe('string');
      expect(typeof (await contacts.exportAsJSON('ALL'))).toBe('string');
      expect(violations).toEqual([]);
    });

    it('numbers, devices, voicemails and balance', async () => {
      const { client, violations } = contractClient(prism());
      expect(Array.isArray((await createNumbersModule(client).getAllNumbers({ offset: 0, limit: 5 })).items)).toBe(
        true,
      );
      let numbers = 0;
      for await (const number of createNumbersModule(client).iterate({ pageSize: 5, maxItems: 5 }))
        numbers += number ? 1 : 0;
      expect(numbers).toBeGreaterThan(0);
      expect(Array.isArray(await createDevicesModule(client).getDevices('w0'))).toBe(true);
      expect(Array.isArray(await createVoicemailsModule(client).getVoicemails())).toBe(true);
      await expect(createAccountModule(client).getBalance()).resolves.toHaveProperty('currency');
      expect(violations).toEqual([]);
    });

    it('webhook settings: every setter and the getter', async () => {
      const { client, violations } = contractClient(prism());
      const settings = createSettingsModule(client);
      await settings.getWebhookSettings();
      await settings.setIncomingUrl('https://example.com/in');
      await settings.clearIncomingUrl();
      await settings.setOutgoingUrl('https://example.com/out');
      await settings.clearOutgoingUrl();
      await settings.setWhitelist(['p0', 'g1']);
      await settings.clearWhitelist();
      await settings.disableWhitelist();
      await settings.setLog(true);
      expect(violations).toEqual([]);
    });
  },
);
