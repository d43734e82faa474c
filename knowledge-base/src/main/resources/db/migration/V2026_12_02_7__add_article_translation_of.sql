-- A translation points at the article it translates (the original of its group); originals point at nothing.
alter table article add column translation_of bigint;
alter table article add constraint article_translation_of_fk foreign key (translation_of) references article (id);
create index article_translation_of_ix on article (translation_of);
