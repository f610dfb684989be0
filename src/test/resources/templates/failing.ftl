<#-- A template that always fails: used by the tests to force the failure of one briefing. -->
${b.noSuchField}
