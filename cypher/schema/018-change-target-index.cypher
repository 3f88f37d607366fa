// historyOf: the audit entries of one claim, entity or conflict
CREATE INDEX change_target IF NOT EXISTS FOR (h:Change) ON (h.targetId)
