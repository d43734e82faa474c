-- What each team calls competent, for speed to competency: in one week, at least min_contacts handled contacts with
-- an average handle time of at most aht_seconds, and a mean QA score of at least qa_score over four weeks of reviews.
create table competency_standard (
    team_id      bigint           not null,
    version      bigint           not null,
    qa_score     double precision not null,
    aht_seconds  integer          not null,
    min_contacts integer          not null,
    updated_at   timestamp with time zone not null,
    constraint competency_standard_pk primary key (team_id),
    constraint competency_standard_team_fk foreign key (team_id) references team (id)
);
