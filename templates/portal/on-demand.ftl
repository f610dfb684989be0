<#-- The on-demand form (PortalView.Form as p). A plain form: it works without script. -->
<#import "layout.ftl" as l>
<@l.page title=t('form.title')>
<h1>${t('form.title')}</h1>
<p class="meta">${t('form.intro')}</p>
<#if p.errors?size == 1><p class="error" role="alert">${p.errors[0]}</p>
<#elseif p.errors?has_content><ul class="error" role="alert"><#list p.errors as e><li>${e}</li></#list></ul></#if>
<form method="post" action="${root}on-demand" id="on-demand">
  <input type="hidden" name="lang" value="${lang}"/>
  <fieldset>
    <legend>${t('form.language')}</legend>
    <div class="choices">
    <#list p.languages as c>
      <label><input type="radio" name="language" value="${c.value}"<#if c.selected> checked="checked"</#if>/> ${c.label}</label>
    </#list>
    </div>
  </fieldset>
  <fieldset>
    <legend>${t('form.countries')}</legend>
    <p class="hint">${t('form.noneMeansAll')}</p>
    <div class="choices">
    <#list p.countries as c>
      <label><input type="checkbox" name="country" value="${c.value}"<#if c.selected> checked="checked"</#if>/> ${c.label}</label>
    </#list>
    </div>
  </fieldset>
  <fieldset>
    <legend>${t('form.categories')}</legend>
    <p class="hint">${t('form.noneMeansAll')}</p>
    <div class="choices">
    <#list p.categories as c>
      <label><input type="checkbox" name="category" value="${c.value}"<#if c.selected> checked="checked"</#if>/> ${c.label}</label>
    </#list>
    </div>
  </fieldset>
  <fieldset>
    <legend>${t('form.dates')}</legend>
    <div class="choices">
      <label>${t('form.from')} <input type="date" name="from" value="${p.from}"/></label>
      <label>${t('form.to')} <input type="date" name="to" value="${p.to}"/></label>
    </div>
  </fieldset>
  <button type="submit">${t('form.submit')}</button>
</form>
</@l.page>
