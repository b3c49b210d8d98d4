// Vue's self-contained browser build (runtime + template compiler) has the same API as 'vue'.
declare module 'vue/dist/vue.esm-browser.prod.js' {
  export * from 'vue';
}
