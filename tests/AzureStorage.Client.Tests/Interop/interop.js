// Runs steps against storage with Microsoft's official Azure SDK for JavaScript, so that the C# client's
// wire format is checked by the reference implementation rather than by lenient Azurite alone.
// Reads {connectionString, steps} as JSON on stdin; writes a JSON array with one result per step.
// Entities are read with disableTypeConversion, so every property comes back as {value, type}, and may
// be written as {value, type}: both sides compare exact wire values, not JavaScript conversions.
"use strict";

const { TableClient } = require("@azure/data-tables");
const { QueueClient } = require("@azure/storage-queue");

function table(connectionString, name) {
  return TableClient.fromConnectionString(connectionString, name, { allowInsecureConnection: true });
}

function queue(connectionString, name) {
  return new QueueClient(connectionString, name);
}

const operations = {
  async getEntity(cs, s) {
    const entity = await table(cs, s.table).getEntity(s.partitionKey, s.rowKey, { disableTypeConversion: true });
    return entity;
  },
  async listPage(cs, s) {
    const pages = table(cs, s.table)
      .listEntities({ queryOptions: { filter: s.filter }, disableTypeConversion: true })
      .byPage({ maxPageSize: s.pageSize, continuationToken: s.continuationToken });
    const page = (await pages.next()).value;
    return { entities: [...page], continuationToken: page.continuationToken ?? null };
  },
  async createEntity(cs, s) {
    const response = await table(cs, s.table).createEntity(s.entity);
    return { etag: response.etag };
  },
  async updateEntity(cs, s) {
    const response = await table(cs, s.table).updateEntity(s.entity, s.mode, { etag: s.etag });
    return { etag: response.etag };
  },
  async deleteEntity(cs, s) {
    await table(cs, s.table).deleteEntity(s.partitionKey, s.rowKey, { etag: s.etag });
    return {};
  },
  async submitTransaction(cs, s) {
    const response = await table(cs, s.table).submitTransaction(s.entities.map((e) => ["create", e]));
    return { status: response.status, etags: response.subResponses.map((r) => r.etag ?? null) };
  },
  async sendMessage(cs, s) {
    const options = s.visibilityTimeout === undefined ? {} : { visibilityTimeout: s.visibilityTimeout };
    if (s.messageTimeToLive !== undefined) options.messageTimeToLive = s.messageTimeToLive;
    const response = await queue(cs, s.queue).sendMessage(s.text, options);
    return { messageId: response.messageId, popReceipt: response.popReceipt, expiresOn: response.expiresOn.toISOString() };
  },
  async receiveMessages(cs, s) {
    const response = await queue(cs, s.queue).receiveMessages({ numberOfMessages: s.count, visibilityTimeout: s.visibilityTimeout });
    return response.receivedMessageItems.map((m) => ({
      messageId: m.messageId, popReceipt: m.popReceipt, text: m.messageText, dequeueCount: m.dequeueCount,
      expiresOn: m.expiresOn.toISOString(),
    }));
  },
  async peekMessages(cs, s) {
    const response = await queue(cs, s.queue).peekMessages({ numberOfMessages: s.count });
    return response.peekedMessageItems.map((m) => ({ messageId: m.messageId, text: m.messageText, dequeueCount: m.dequeueCount }));
  },
  async updateMessage(cs, s) {
    const response = await queue(cs, s.queue).updateMessage(s.messageId, s.popReceipt, s.text, s.visibilityTimeout);
    return { popReceipt: response.popReceipt };
  },
  async deleteMessage(cs, s) {
    await queue(cs, s.queue).deleteMessage(s.messageId, s.popReceipt);
    return {};
  },
  async approximateCount(cs, s) {
    const properties = await queue(cs, s.queue).getProperties();
    return { count: properties.approximateMessagesCount };
  },
};

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const { connectionString, steps } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  const results = [];
  for (const step of steps) {
    const operation = operations[step.op];
    if (!operation) throw new Error(`Unknown step '${step.op}'`);
    results.push(await operation(connectionString, step));
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  process.stderr.write(`${error.name}: ${error.message} (status ${error.statusCode ?? "n/a"}, code ${error.code ?? "n/a"})\n`);
  process.exit(1);
});
