import { esc } from '../html';

/**
 * The frame every AO3 page shares, after the OTW templates and the real captures in
 * ../shared/fixtures/ao3: head with the site skin, header with login and navigation, #inner >
 * #main, footer, and the jQuery scripts at the end.
 */
export function ao3Layout(opts: {
  title: string;
  mainClass: string;
  main: string;
  siteName?: string;
  returnTo?: string;
}): string {
  const site = opts.siteName ?? 'Archive of Our Own';
  const returnTo = encodeURIComponent(opts.returnTo ?? '/');
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="x-ua-compatible" content="ie=edge" />
    <meta name="keywords" content="fanfiction, transformative works, otw, fair use, archive" />
    <meta name="language" content="en-US" />
    <meta name="subject" content="fandom" />
    <meta name="description" content="An Archive of Our Own, a project of the Organization for Transformative Works" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0"/>
    <title>${esc(opts.title)}</title>
    <link rel="stylesheet" type="text/css" media="screen" href="/stylesheets/skins/skin_1_default/1_site_screen_.css" />
    <link rel="stylesheet" type="text/css" media="only screen and (max-width: 62em), handheld" href="/stylesheets/skins/skin_1_default/4_site_midsize.handheld_.css" />
    <link rel="stylesheet" type="text/css" media="print" href="/stylesheets/skins/skin_1_default/7_site_print_.css" />
    <link rel="stylesheet" type="text/css" href="/stylesheets/sandbox.css" />
    <script src="/javascripts/livevalidation_standalone.js"></script>
    <meta name="csrf-param" content="authenticity_token" />
    <meta name="csrf-token" content="fixture-token" />
  </head>
  <body class="logged-out" >
    <div id="outer" class="wrapper">
      <ul id="skiplinks"><li><a href="#main">Main Content</a></li></ul>
      <noscript><p id="javascript-warning">While we&#39;ve done our best to make the core functionality of this site accessible without JavaScript, it will work better with it enabled. Please consider turning it on!</p></noscript>
<!-- BEGIN header -->
<header id="header" class="region">
  <h1 class="heading">
    <a href="/"><span>${esc(site)}</span><sup> beta</sup><img alt="${esc(site)}" class="logo" src="/images/ao3_logos/logo_42.png" /></a>
  </h1>
    <div id="login" class="dropdown">
      <p class="user actions">
        <a id="login-dropdown" href="/users/login?return_to=${returnTo}">Log In</a>
      </p>
      <div id="small_login" class="simple login">
	<form class="new_user" id="new_user_session_small" action="/users/login?return_to=${returnTo}" accept-charset="UTF-8" method="post"><input type="hidden" name="authenticity_token" value="fixture-token" autocomplete="off" />
  <dl>
    <dt><label for="user_session_login_small">Username or email:</label></dt>
    <dd><input autocomplete="on" id="user_session_login_small" type="text" name="user[login]" /></dd>
    <dt><label for="user_session_password_small">Password:</label></dt>
    <dd><input id="user_session_password_small" type="password" name="user[password]" /></dd>
  </dl>
  <p class="submit actions"><input type="submit" name="commit" value="Log In" /></p>
</form>
<ul class="footnote actions">
  <li><a href="/users/password/new">Forgot password?</a></li>
  <li><a href="/invite_requests">Get an Invitation</a></li>
</ul>
</div>
    </div>
  <nav aria-label="Site">
    <ul class="primary navigation actions">
      <li class="dropdown"><a href="/menu/fandoms">Fandoms</a>
        <ul class="menu"><li><a href="/media">All Fandoms</a></li><li id="medium_3"><a href="/media/Books%20*a*%20Literature/fandoms">Books &amp; Literature</a></li></ul>
      </li>
      <li class="dropdown"><a href="/menu/browse">Browse</a>
        <ul class="menu"><li><a href="/works">Works</a></li><li><a href="/bookmarks">Bookmarks</a></li><li><a href="/tags">Tags</a></li><li><a href="/collections">Collections</a></li></ul>
      </li>
      <li class="dropdown"><a href="/menu/search">Search</a>
        <ul class="menu"><li><a href="/works/search">Works</a></li><li><a href="/people/search">People</a></li></ul>
      </li>
      <li class="search"><form class="search" id="search" role="search" aria-label="Work" action="/works/search" accept-charset="UTF-8" method="get">
  <fieldset><p>
      <label class="landmark" for="site_search">Work Search</label>
      <input class="text" id="site_search" type="text" name="work_search[query]" />
      <span class="submit actions"><input type="submit" value="Search" class="button" /></span>
  </p></fieldset>
</form></li>
    </ul>
  </nav>
  <div class="clear"></div>
</header>
<!-- END header -->
      <div id="inner" class="wrapper">
        <!-- BEGIN main -->
        <div id="main" class="${opts.mainClass} region" role="main">
          <div class="flash"></div>
${opts.main}
          <div class="clear"><!--presentational--></div>
        </div>
        <!-- END main -->
      </div>
      <!-- BEGIN footer -->
<div id="footer" role="contentinfo" class="region">
  <h3 class="landmark heading">Footer</h3>
  <ul class="navigation actions">
    <li class="module group">
      <h4 class="heading">About the Archive</h4>
      <ul class="menu">
        <li><a href="/site_map">Site Map</a></li>
        <li><a href="/tos">Terms of Service</a></li>
        <li><a href="/privacy">Privacy Policy</a></li>
      </ul>
    </li>
    <li class="module group">
      <h4 class="heading">Development</h4>
      <ul class="menu"><li><a href="https://github.com/otwcode/otwarchive/commits/v0.9.452.1">otwarchive v0.9.452.1</a></li></ul>
    </li>
  </ul>
</div>
<!-- END footer -->
    </div>
<script src="//ajax.googleapis.com/ajax/libs/jquery/1.9.0/jquery.min.js" type="text/javascript"></script>
<script type="text/javascript">
  if (typeof jQuery == 'undefined') { window.$j = { ready: true }; } else { $j = jQuery.noConflict(); }
</script>
<script src="/javascripts/application.js"></script>
  </body>
</html>
`;
}
