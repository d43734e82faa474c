-- The routing queue a contact went through, so reports and audit populations can pick contacts by queue.
alter table contact add column queue varchar(60);
alter table contact_aud add column queue varchar(60);
create index contact_queue_ix on contact (queue, arrived_at);
